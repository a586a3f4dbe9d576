using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace HfReports.Ingest.Hub;

/// <summary>
/// The Polly pipeline around every Hub request: retry (outer) over a per-attempt timeout (inner).
/// Retries 429 (waiting what Retry-After asks), 5xx, timeouts and connection failures with
/// exponential backoff and jitter. 404, 401 and 403 are answers, not faults, so they are not retried.
/// </summary>
internal static class HubResiliencePipeline
{
    public static ResiliencePipeline<HubResponse> Create(HubClientOptions options) =>
        new ResiliencePipelineBuilder<HubResponse>()
            .AddRetry(new RetryStrategyOptions<HubResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = new PredicateBuilder<HubResponse>()
                    .HandleResult(response => response.IsTransient)
                    .Handle<TimeoutRejectedException>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<SocketException>(),
                DelayGenerator = args =>
                {
                    // The server knows best how long to wait; null falls back to the backoff.
                    var asked = args.Outcome.Result?.RetryAfter;
                    TimeSpan? delay = asked is { } wait ? Clamp(wait, options.MaxRetryDelay) : null;
                    return ValueTask.FromResult(delay);
                },
            })
            .AddTimeout(options.RequestTimeout)
            .Build();

    private static TimeSpan Clamp(TimeSpan wait, TimeSpan max) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > max ? max : wait;
}
