using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HfReports.Cli.Preview;

/// <summary>
/// The HTTP side of `hfreports serve`: Kestrel bound to 127.0.0.1 only (never another interface), serving the
/// current report (/ and /report/ID), server-sent events announcing each build (/events), and the spec files a
/// figure links to (/source?file=…&amp;line=…, only YAML and SQL under the manifest's folder).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly HashSet<string> SourceExtensions = new(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml", ".sql", ".sbn", ".sbn-html" };

    private readonly WebApplication _app;
    private readonly PreviewState _state;

    public Uri Address { get; private set; } = null!;

    private PreviewServer(WebApplication app, PreviewState state)
    {
        _app = app;
        _state = state;
    }

    /// <param name="port">0 picks a free port.</param>
    public static async Task<PreviewServer> StartAsync(PreviewState state, int port, CancellationToken stopping)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, state);
        app.MapGet("/", context => server.ReportAsync(context, null));
        app.MapGet("/report/{id}", context => server.ReportAsync(context, (string?)context.Request.RouteValues["id"]));
        app.MapGet("/events", context => server.EventsAsync(context, stopping));
        app.MapGet("/source", server.SourceAsync);
        await app.StartAsync(stopping);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    private Task ReportAsync(HttpContext context, string? id)
    {
        var state = _state.Current;
        var failed = state.Result is null || state.Result.HasErrors;
        var report = id is null ? state.Reports.FirstOrDefault() : state.Reports.FirstOrDefault(r => r.Id == id);
        if (failed || report.Html is null || !File.Exists(report.Html))
        {
            var reason = failed ? null
                : report.Html is null ? (id is null ? "the manifest lists no report" : $"no report '{id}'")
                : "the manifest's formats do not include html; add it to see the report here";
            return Html(context, PreviewPages.Diagnostics(state, reason), failed ? 200 : 404);
        }
        return Html(context, PreviewPages.Report(state, report.Id, File.ReadAllText(report.Html)), 200);
    }

    /// <summary>Server-sent events: the current build's version at once, then each new one; a comment every 15 s keeps proxies from closing it.</summary>
    private async Task EventsAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancel = linked.Token;
        try
        {
            while (!cancel.IsCancellationRequested)
            {
                var next = _state.NextBuild;
                await context.Response.WriteAsync($"data: {_state.Current.Version}\n\n", cancel);
                await context.Response.Body.FlushAsync(cancel);
                while (!next.IsCompleted)
                {
                    var beat = Task.Delay(TimeSpan.FromSeconds(15), cancel);
                    if (await Task.WhenAny(next, beat) == beat)
                    {
                        await context.Response.WriteAsync(": keep-alive\n\n", cancel);
                        await context.Response.Body.FlushAsync(cancel);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server stops.
        }
    }

    private Task SourceAsync(HttpContext context)
    {
        var file = context.Request.Query["file"].ToString();
        var line = int.TryParse(context.Request.Query["line"], out var l) ? l : 0;
        var build = _state.Current;
        var folder = build.BaseFolder;
        if (folder is null || file.Length == 0) return Text(context, "no such file", 404);
        var full = Path.GetFullPath(Path.Combine(folder, file));
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal) || !SourceExtensions.Contains(Path.GetExtension(full)) || !File.Exists(full))
            return Text(context, "only the YAML, SQL and template files of the manifest's folder are shown", 404);
        return Html(context, PreviewPages.Source(file, File.ReadAllLines(full), line, build.Version), 200);
    }

    private static Task Html(HttpContext context, string html, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static Task Text(HttpContext context, string text, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
