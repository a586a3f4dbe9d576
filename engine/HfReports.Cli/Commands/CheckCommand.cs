using System.CommandLine;
using HfReports.Engine.Build;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports check`: validates every spec and runs every query with a row limit, without rendering.
/// Exit 0 clean (warnings allowed), 1 errors, 2 usage, 3 snapshot or environment.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var manifest = new Argument<string>("manifest") { Description = "The manifest file.", DefaultValueFactory = _ => "reports.yaml" };
        var parameters = new Option<string[]>("--param") { Description = "Override a report parameter: --param name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "Output format: text (one line per diagnostic) or json (for editors and CI).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var rowLimit = new Option<int>("--row-limit") { Description = "Read at most this many rows of each query.", DefaultValueFactory = _ => ReportChecker.DefaultRowLimit };
        var strict = new Option<bool>("--strict") { Description = "Failed expectations are errors, not warnings." };
        var snapshot = new Option<string?>("--snapshot") { Description = "Use this snapshot instead of the manifest's." };
        var allowDemo = new Option<bool>("--allow-demo") { Description = "Let --strict check the synthetic demo snapshot." };
        var command = new Command("check", "Validate the specs and run every query with a row limit, without rendering.")
        {
            manifest, parameters, format, rowLimit, strict, snapshot, allowDemo,
        };
        command.SetAction(parse => Run(parse.GetValue(manifest)!, parse.GetValue(parameters) ?? [], parse.GetValue(format)!,
            parse.GetValue(rowLimit), parse.GetValue(strict), parse.GetValue(snapshot), parse.GetValue(allowDemo)));
        return command;
    }

    private static int Run(string manifestPath, string[] parameterArguments, string format, int rowLimit, bool strict, string? snapshotPath, bool allowDemo)
    {
        if (!ParameterArguments.TryParse(parameterArguments, out var overrides, out var error))
            return Usage(error!);
        if (rowLimit < 1)
            return Usage($"--row-limit must be at least 1 (got {rowLimit})");
        if (MissingManifest.Check(manifestPath) is { } missing)
            return missing;

        var diagnostics = new DiagnosticBag();
        var manifest = ReportSources.LoadManifest(manifestPath, diagnostics);
        if (manifest is null || diagnostics.HasErrors)
            return Report(diagnostics.Items, format, Path.GetDirectoryName(Path.GetFullPath(manifestPath))!);
        if (snapshotPath is not null) manifest = manifest with { SnapshotPath = SnapshotLocation.Resolve(snapshotPath, Environment.CurrentDirectory) };
        SnapshotSetup.EnsureDemo(manifest);
        using var interruption = new Interruption();
        try
        {
            var result = ReportChecker.Check(manifest, new BuildOptions(overrides, rowLimit, strict, interruption.Token) { AllowDemo = allowDemo });
            return Report(result.Diagnostics, format, manifest.BaseFolder);
        }
        catch (SnapshotException e)
        {
            Console.Error.WriteLine($"error: {Printable.Escape(e.Message)}");
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine("error: check interrupted");
            return ExitCodes.Cancelled;
        }
    }

    private static int Report(IReadOnlyList<Diagnostic> diagnostics, string format, string baseFolder)
    {
        if (format == "json")
        {
            var report = new JsonReport("check") { BaseFolder = baseFolder };
            report.Diagnostics.AddRange(diagnostics);
            return report.Write(diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.ReportErrors : ExitCodes.Success);
        }
        var code = DiagnosticPrinter.Print(diagnostics);
        if (diagnostics.Count == 0) Console.Error.WriteLine("no problems found");
        return code;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {Printable.Escape(message)}");
        return ExitCodes.Usage;
    }
}
