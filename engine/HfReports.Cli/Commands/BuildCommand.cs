using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;
using HfReports.Engine.Build;
using HfReports.Engine.Build.Caching;
using HfReports.Engine.Document;
using HfReports.Engine.Publishing;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using HfReports.Ingest.Snapshot;
using Spectre.Console;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports build`: builds every report of the manifest to PDF and HTML, plus out/manifest.json.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var manifest = new Argument<string>("manifest") { Description = "The manifest file.", DefaultValueFactory = _ => "reports.yaml" };
        var parameters = new Option<string[]>("--param") { Description = "Override a report parameter: --param name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var snapshot = new Option<string?>("--snapshot") { Description = "Use this snapshot instead of the manifest's." };
        var output = new Option<string?>("--output") { Description = "Write outputs to this folder instead of the manifest's." };
        var strict = new Option<bool>("--strict") { Description = "Failed expectations are errors: nothing is written. On the synthetic demo snapshot an error itself, unless --allow-demo." };
        var allowDemo = new Option<bool>("--allow-demo") { Description = "Let --strict build the synthetic demo snapshot (its numbers are made up; never for publishing)." };
        var watch = new Option<bool>("--watch") { Description = "Build, then rebuild what changed whenever the manifest, a spec, SQL or a template is saved (Ctrl-C stops)." };
        var noCache = new Option<bool>("--no-cache") { Description = "Compute every frame and figure; neither read nor write the build cache (.hfcache beside the output folder)." };
        var import = new Option<string?>("--import")
        {
            Description = "Build from the import taken on this date (YYYY-MM-DD) of a snapshot with several imports, instead of the newest (a temporary copy is cleaned; the snapshot is not changed).",
        };
        var jobs = new Option<int?>("--jobs") { Description = "Queries and figures computed at once (default: the number of cores; 1 = serially). Outputs are the same either way." };
        var format = OutputFormat.Create();
        var command = new Command("build", "Build the reports of a manifest to PDF and HTML (and manifest.json beside them).") { manifest, parameters, snapshot, output, strict, allowDemo, watch, noCache, jobs, import, format };
        command.SetAction(parse =>
        {
            if (MissingManifest.Check(parse.GetValue(manifest)!) is { } missing) return missing;
            var run = new BuildRun(parse.GetValue(manifest)!, parse.GetValue(parameters) ?? [], parse.GetValue(snapshot), parse.GetValue(output),
                parse.GetValue(strict), !parse.GetValue(noCache), parse.GetValue(jobs) ?? Environment.ProcessorCount)
            {
                AllowDemo = parse.GetValue(allowDemo),
                ImportDate = parse.GetValue(import),
            };
            var settings = ConsoleSettings.From(parse);
            if (parse.GetValue(watch))
                return parse.GetValue(format) == OutputFormat.Json
                    ? Fail(ExitCodes.Usage, "--watch prints as it goes; it cannot be combined with --format json", null)
                    : BuildWatcher.RunUntilCancelled(run, settings);
            return Run(run, settings, parse.GetValue(format) == OutputFormat.Json ? new JsonReport("build") : null);
        });
        return command;
    }

    /// <summary>What to build and how, as the command line asked.</summary>
    public sealed record BuildRun(string ManifestPath, string[] ParameterArguments, string? SnapshotPath, string? OutputFolder, bool Strict,
        bool UseCache, int Parallelism)
    {
        public bool AllowDemo { get; init; }

        /// <summary>--import: the date of the import to build from; null: the newest.</summary>
        public string? ImportDate { get; init; }

        /// <summary>What is wrong with the command line itself, before anything is read: an empty path, an output folder that is a file.</summary>
        public string? UsageProblem()
        {
            if (OutputFolder is not null && OutputFolder.Trim().Length == 0) return "--output is empty; give a folder";
            if (SnapshotPath is not null && SnapshotPath.Trim().Length == 0) return "--snapshot is empty; give a snapshot file";
            if (OutputFolder is not null && File.Exists(OutputFolder)) return $"--output '{OutputFolder}' is a file; give a folder";
            return null;
        }

        /// <summary>The manifest with the command line's snapshot and output folder; null (and diagnostics) when it does not load.</summary>
        public ManifestSpec? LoadManifest(DiagnosticBag diagnostics)
        {
            var manifest = ReportSources.LoadManifest(ManifestPath, diagnostics);
            if (manifest is null || diagnostics.HasErrors) return null;
            if (SnapshotPath is not null) manifest = manifest with { SnapshotPath = SnapshotLocation.Resolve(SnapshotPath, Environment.CurrentDirectory) };
            if (OutputFolder is not null) manifest = manifest with { OutputFolder = Path.GetFullPath(OutputFolder) };
            return manifest;
        }

        public BuildOptions Options(IReadOnlyDictionary<string, object?> overrides, ManifestSpec manifest, FigureMemory? figures = null,
            CancellationToken cancellation = default) =>
            new(overrides, Strict: Strict, Cancellation: cancellation)
            {
                Cache = UseCache ? BuildCache.Beside(manifest.OutputFolder, manifest.BaseFolder) : null,
                Figures = figures,
                Parallelism = Math.Max(1, Parallelism),
                AllowDemo = AllowDemo,
                SourceDateEpoch = Environment.GetEnvironmentVariable(BuildDate.Variable),
            };
    }

    /// <param name="json">Set for --format json: everything goes into one JSON result on stdout instead of text.</param>
    private static int Run(BuildRun run, ConsoleSettings settings, JsonReport? json)
    {
        if (!ParameterArguments.TryParse(run.ParameterArguments, out var overrides, out var error))
            return Fail(ExitCodes.Usage, error!, json);
        if (run.UsageProblem() is { } usage)
            return Fail(ExitCodes.Usage, usage, json);
        var diagnostics = new DiagnosticBag();
        var manifest = run.LoadManifest(diagnostics);
        if (manifest is null)
            return Finish(new BuildResult([], diagnostics.Items, []), settings, json);
        if (json is not null) json.BaseFolder = manifest.BaseFolder;

        using var interruption = new Interruption();
        try
        {
            SnapshotSetup.EnsureDemo(manifest, settings.Quiet, interruption.Token);
            using var selection = run.ImportDate is { } date ? SelectImport(manifest, date) : null;
            if (selection is not null) manifest = manifest with { SnapshotPath = selection.Path };
            if (settings.Verbose)
                Console.Error.WriteLine($"hfreports {EngineVersion.Current}: snapshot {DisplayPath.Of(manifest.SnapshotPath)}, output {DisplayPath.Of(manifest.OutputFolder)}");
            BuildProfile.Enabled = settings.Verbose;
            BuildProfile.Reset();
            var clock = Stopwatch.StartNew();
            var options = run.Options(overrides, manifest, cancellation: interruption.Token);
            var result = settings.Progress && json is null
                ? WithSpinner(() => ReportBuilder.Build(manifest, options))
                : ReportBuilder.Build(manifest, options);
            if (settings.Verbose)
            {
                Console.Error.WriteLine($"built {manifest.Reports.Count} report(s) in {clock.Elapsed.TotalSeconds:0.0} s");
                Console.Error.WriteLine(ProfileLine());
            }
            return Finish(result, settings, json, run.UseCache);
        }
        catch (ImportNotFoundException e)
        {
            return Fail(ExitCodes.Usage, e.Message, json);
        }
        catch (Exception e) when (e is SnapshotException or FontException or OutputFolderLockedException or OutputFolderException or OutputWriteException)
        {
            return Fail(ExitCodes.Environment, e.Message, json);
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            return Fail(ExitCodes.Cancelled, "build interrupted: the previous outputs are unchanged", json);
        }
    }

    /// <summary>The build's stages (<see cref="BuildProfile"/>) after the process's start-up, with the CPU time so far.</summary>
    private static string ProfileLine()
    {
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var startUp = sinceStart - Stopwatch.GetElapsedTime(Program.MainStarted);
        var stages = BuildProfile.Items().Select(s => $"\n  {s.Stage,-46} {s.Time.TotalSeconds,7:0.000} s wall {s.Cpu.TotalSeconds,7:0.000} s CPU"
            + (s.Count > 1 ? $" ({s.Count} spans)" : ""));
        return $"profile (each stage summed over its threads; stages nest and overlap):\n  {"start-up to Main",-46} {startUp.TotalSeconds,7:0.000} s wall"
            + string.Concat(stages)
            + $"\n  {"process",-46} {sinceStart.TotalSeconds,7:0.000} s wall {process.TotalProcessorTime.TotalSeconds,7:0.000} s CPU"
            // Native AOT compiles nothing at run time; elsewhere what ReadyToRun did not cover is. The collector's pauses are
            // the rest of the runtime's share.
            + (RuntimeFeature.IsDynamicCodeSupported
                ? $"\n  {"of which JIT (methods ReadyToRun did not cover)",-46} {JitInfo.GetCompilationTime().TotalSeconds,7:0.000} s       "
                  + $"({JitInfo.GetCompiledMethodCount():N0} methods, {JitInfo.GetCompiledILBytes():N0} IL bytes)"
                : $"\n  {"of which JIT",-46}   none (Native AOT)")
            + $"\n  {"of which garbage collection pauses",-46} {GC.GetTotalPauseDuration().TotalSeconds,7:0.000} s       "
            + $"({GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2)";
    }

    /// <param name="cached">The build used the cache, so the result says which blocks it reused.</param>
    public static int Finish(BuildResult result, ConsoleSettings settings, JsonReport? json, bool cached = false)
    {
        var code = result.HasErrors ? ExitCodes.ReportErrors : ExitCodes.Success;
        if (json is not null)
        {
            json.Diagnostics.AddRange(result.Diagnostics);
            json.Outputs.AddRange(result.Outputs);
            json.Expectations.AddRange(result.Expectations);
            return json.Write(code);
        }
        DiagnosticPrinter.Print(result.Diagnostics, settings);
        if (!settings.Quiet)
            foreach (var skipped in result.Skipped) Console.Error.WriteLine($"skipped: {skipped}");
        if (result.Expectations.Count > 0 && !settings.Quiet)
            Console.Error.WriteLine($"expectations: {result.Expectations.Count(e => e.Passed)} of {result.Expectations.Count} hold"
                + (result.Synthetic ? " (synthetic demo snapshot: the published numbers are not expected to hold)" : ""));
        if (cached && settings.Verbose && BlockSummary.Line(result.Blocks, all: true) is { } blocks)
            Console.Error.WriteLine(blocks);
        if (settings.Verbose && BlockSummary.Slowest(result.Blocks) is { } slowest)
            Console.Error.WriteLine(slowest);
        if (!settings.Quiet)
            foreach (var output in result.Outputs)
                Console.WriteLine($"wrote {Printable.Escape(DisplayPath.Of(output))}");
        return code;
    }

    /// <summary>A temporary copy of the snapshot cleaned from the import of that date (see <see cref="ImportSelection"/>).</summary>
    private static ImportSelection SelectImport(ManifestSpec manifest, string date)
    {
        if (!ParameterType.IsDate(date)) throw new ImportNotFoundException($"--import '{date}' is not a date (YYYY-MM-DD), the day an import was taken");
        if (SnapshotLocation.EngineOf(manifest.SnapshotPath) != SnapshotEngine.Sqlite)
            throw new SnapshotException($"--import {date}: '{manifest.SnapshotPath}' is not a SQLite snapshot; --import selects an import of a SQLite snapshot (import the export of that date into a DuckDB or PostgreSQL snapshot of its own)");
        if (!File.Exists(manifest.SnapshotPath)) throw new SnapshotException($"snapshot '{manifest.SnapshotPath}' does not exist");
        try
        {
            return ImportSelection.Create(manifest.SnapshotPath, date);
        }
        catch (ArgumentException e)
        {
            throw new ImportNotFoundException(e.Message);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Ingest.Import.ImportEnvironmentException)
        {
            throw new SnapshotException($"--import {date}: '{manifest.SnapshotPath}' cannot be read or copied: {e.Message}");
        }
    }

    private sealed class ImportNotFoundException(string message) : Exception(message);

    public static int Fail(int code, string message, JsonReport? json)
    {
        if (json is null)
        {
            Console.Error.WriteLine($"error: {Printable.Escape(message)}");
            return code;
        }
        json.AddError(message);
        return json.Write(code);
    }

    /// <summary>A spinner on stderr while the build runs; only on a terminal, so logs stay clean.</summary>
    private static BuildResult WithSpinner(Func<BuildResult> build)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Spinner(Spinner.Known.Dots).Start("building reports", _ => build());
    }
}
