namespace HfReports.Ingest.Hub;

/// <summary>
/// How to reach the Hub. A plain class rather than a record so that the token never
/// shows up in a generated ToString().
/// </summary>
public sealed class HubClientOptions
{
    public const string PublicHubUrl = "https://huggingface.co";

    /// <summary>Root of the Hub; the API lives under {BaseUrl}/api/.</summary>
    public Uri BaseUrl { get; init; } = new(PublicHubUrl);

    /// <summary>Optional access token (HF_TOKEN). Sent as a Bearer header to <see cref="BaseUrl"/> only; never printed or stored.</summary>
    public string? Token { get; init; }

    /// <summary>Limit for one attempt, headers and body included; a slower attempt is retried.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, for 429, 5xx, timeouts and connection failures.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>First backoff delay; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait the client accepts, from backoff or from a Retry-After header.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Branch whose history is listed.</summary>
    public string Revision { get; init; } = "main";

    /// <summary>A guard against a server whose Link headers never end.</summary>
    public int MaxCommitPages { get; init; } = 1000;
}
