using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HfReports.FakeHub;

/// <summary>
/// A minimal Kestrel host bound to 127.0.0.1 on a free port. Every request is answered by the
/// handler after <c>latency</c> (and the reply's own delay), simulating the network.
/// </summary>
public sealed class FakeHubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(Func<FakeRequest, bool> Which, int Count, TaskCompletionSource Reached)> _waiters = [];

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    private FakeHubServer(WebApplication app) => _app = app;

    public static async Task<FakeHubServer> StartAsync(Func<FakeRequest, FakeReply> handler, TimeSpan latency = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeHubServer(app);
        app.Run(async context =>
        {
            var request = new FakeRequest(
                $"{context.Request.Scheme}://{context.Request.Host}",
                context.Request.Path.Value ?? "/",
                (context.Request.Path.Value ?? "/") + context.Request.QueryString.Value,
                context.Request.Headers.Authorization.FirstOrDefault());
            server.Received(request);
            var reply = handler(request);
            try
            {
                var delay = latency + reply.Delay;
                if (delay > TimeSpan.Zero) await Task.Delay(delay, context.RequestAborted);
                context.Response.StatusCode = reply.Status;
                foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
                    context.Response.Headers[name] = value;
                if (reply.Body is not null)
                {
                    context.Response.ContentType = "application/json; charset=utf-8";
                    await context.Response.WriteAsync(reply.Body, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The client gave up (timeout or cancellation); nothing to answer.
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    /// <summary>Completes once <paramref name="count"/> requests matching <paramref name="which"/> have arrived
    /// (at once if they already have): a test waits for this event rather than polling with a deadline.</summary>
    public Task WhenReceived(Func<FakeRequest, bool> which, int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (Requests.Count(which) >= count) reached.SetResult();
            else _waiters.Add((which, count, reached));
        }
        return reached.Task;
    }

    private void Received(FakeRequest request)
    {
        lock (_waiters)
        {
            Requests.Enqueue(request);
            foreach (var waiter in _waiters.Where(w => Requests.Count(w.Which) >= w.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Requests whose path (without query) is exactly this one.</summary>
    public int CountRequests(string path) => Requests.Count(request => request.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
