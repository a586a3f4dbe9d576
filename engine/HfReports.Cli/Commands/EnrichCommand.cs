using System.CommandLine;
using HfReports.Engine.Spec;
using HfReports.Ingest.Hub;
using Spectre.Console;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports snapshot enrich`: repository details and commit histories from the Hub for every model.</summary>
public static class EnrichCommand
{
    public const string DefaultSnapshot = "data/snapshot.db";
    public const string TokenVariable = "HF_TOKEN";

    public static Command Create()
    {
        var snapshot = new Option<string>("--snapshot") { Description = "The snapshot to enrich (changed in place).", DefaultValueFactory = _ => DefaultSnapshot };
        var hubUrl = new Option<string>("--hub-url") { Description = "Root URL of the Hub.", DefaultValueFactory = _ => HubClientOptions.PublicHubUrl };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => EnrichmentOptions.DefaultConcurrency };
        var refresh = new Option<bool>("--refresh") { Description = "Ask again about repositories already enriched." };
        var limit = new Option<int?>("--limit") { Description = "Enrich at most this many repositories." };
        var output = new Option<string?>("--out") { Description = "Also write the enriched snapshot here: a .duckdb file or a PostgreSQL location (replaced whole)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed for one request attempt.", DefaultValueFactory = _ => 30 };
        var command = new Command("enrich",
            $"Fetch repository details and commit histories from the Hub for every model (token from {TokenVariable}, if set). Resumable: an interrupted run keeps what it fetched.")
        {
            snapshot, hubUrl, concurrency, refresh, limit, timeout, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(snapshot)!;
            if (!Uri.TryCreate(parse.GetValue(hubUrl), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
                return Fail(ExitCodes.Usage, "--hub-url must be an absolute http(s) URL");
            if (parse.GetValue(concurrency) is < 1 or > 256)
                return Fail(ExitCodes.Usage, "--concurrency must be between 1 and 256");
            if (parse.GetValue(limit) is < 1)
                return Fail(ExitCodes.Usage, "--limit must be at least 1");
            if (parse.GetValue(timeout) is not (> 0 and <= 600))
                return Fail(ExitCodes.Usage, "--timeout must be between 0 and 600 seconds");
            if (parse.GetValue(output) is { } target && Engine.Spec.SnapshotLocation.EngineOf(target) == Engine.Spec.SnapshotEngine.Sqlite)
                return Fail(ExitCodes.Usage, $"--out {target}: a SQLite snapshot is enriched in place (--snapshot); --out names a .duckdb file or a PostgreSQL location to write the result to");
            if (Engine.Spec.SnapshotLocation.EngineOf(path) != Engine.Spec.SnapshotEngine.Sqlite)
                return Fail(ExitCodes.Usage, $"--snapshot {path}: enrichment resumes in a SQLite snapshot; enrich the SQLite snapshot and give --out {path} to write the result there");
            if (!File.Exists(path))
                return Fail(ExitCodes.Environment, $"snapshot {path} does not exist (run `hfreports snapshot import` or `snapshot demo` first)");

            var clientOptions = new HubClientOptions
            {
                BaseUrl = baseUrl,
                Token = Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token ? token : null,
                RequestTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            };
            var options = new EnrichmentOptions
            {
                Concurrency = parse.GetValue(concurrency),
                Refresh = parse.GetValue(refresh),
                Limit = parse.GetValue(limit),
            };
            var settings = ConsoleSettings.From(parse);
            EnrichmentSummary summary;
            try
            {
                summary = await RunAsync(path, clientOptions, options, settings.Progress, cancellationToken);
            }
            catch (Ingest.Import.ImportEnvironmentException problem)
            {
                return Fail(ExitCodes.Environment, problem.Message);
            }
            if (!settings.Quiet) PrintSummary(summary, clientOptions.Token is not null);
            if (summary.Cancelled) return ExitCodes.Cancelled;
            if (parse.GetValue(output) is { } written)
            {
                Backends.SnapshotTransfer.Copy(path, written, replace: true, cancellationToken);
                if (!settings.Quiet) Console.WriteLine($"wrote {written}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A live bar on stderr when it is a terminal (and not --quiet); plain output otherwise (logs, CI).</summary>
    private static async Task<EnrichmentSummary> RunAsync(string path, HubClientOptions clientOptions, EnrichmentOptions options, bool showProgress, CancellationToken cancellationToken)
    {
        if (!showProgress)
            return await EnrichmentRun.RunAsync(path, clientOptions, options, null, cancellationToken);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        EnrichmentSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("enriching", maxValue: 1);
                summary = await EnrichmentRun.RunAsync(path, clientOptions, options, progress =>
                {
                    task.MaxValue = Math.Max(1, progress.Total);
                    task.Value = progress.Done;
                    task.Description = $"{progress.Done:N0}/{progress.Total:N0} repos, {progress.Rate:N0}/s, ETA {FormatEta(progress.Remaining)}, errors {progress.Errors:N0}";
                }, cancellationToken);
            });
        return summary!;
    }

    private static void PrintSummary(EnrichmentSummary summary, bool usedToken)
    {
        var c = summary.Counts;
        var verb = summary.Cancelled ? "interrupted after" : "fetched";
        Console.WriteLine($"{verb} {c.Done:N0} of {c.Total:N0} repositories in {c.Elapsed.TotalSeconds:N1} s ({c.Rate:N0}/s){(usedToken ? $", authenticated with {TokenVariable}" : "")}");
        Console.WriteLine($"  ok {c.Ok:N0}, not found {c.NotFound:N0}, gated {c.Gated:N0}, private {c.Private:N0}, errors {c.Errors:N0}; commits {c.Commits:N0}");
        if (summary.AlreadyEnriched > 0)
            Console.WriteLine($"  skipped {summary.AlreadyEnriched:N0} repositories enriched by earlier runs (--refresh asks again)");
        if (summary.Cancelled)
            Console.WriteLine("  what was fetched is saved; run the same command again to continue");
        if (c.Errors > 0)
        {
            Console.WriteLine("  repositories with errors are asked again by the next run; the first ones:");
            foreach (var problem in summary.Problems) Console.WriteLine($"    {problem}");
        }
    }

    private static string FormatEta(TimeSpan? remaining) =>
        remaining is { } left ? left.ToString(left.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss") : "-";

    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"error: {Printable.Escape(message)}");
        return code;
    }
}
