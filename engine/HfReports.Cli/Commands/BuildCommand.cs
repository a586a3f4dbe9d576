using System.CommandLine;
using HfReports.Engine.Build;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports build`: builds every report of the manifest to PDF and HTML.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var manifest = new Argument<string>("manifest") { Description = "The manifest file.", DefaultValueFactory = _ => "reports.yaml" };
        var parameters = new Option<string[]>("--param") { Description = "Override a report parameter: --param name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var snapshot = new Option<string?>("--snapshot") { Description = "Use this snapshot instead of the manifest's." };
        var output = new Option<string?>("--output") { Description = "Write outputs to this folder instead of the manifest's." };
        var strict = new Option<bool>("--strict") { Description = "Failed expectations are errors: nothing is written." };
        var command = new Command("build", "Build the reports of a manifest to PDF and HTML.") { manifest, parameters, snapshot, output, strict };
        command.SetAction(parse => Run(parse.GetValue(manifest)!, parse.GetValue(parameters) ?? [], parse.GetValue(snapshot), parse.GetValue(output), parse.GetValue(strict)));
        return command;
    }

    private static int Run(string manifestPath, string[] parameterArguments, string? snapshotPath, string? outputFolder, bool strict)
    {
        if (!ParameterArguments.TryParse(parameterArguments, out var overrides, out var error))
        {
            Console.Error.WriteLine($"error: {error}");
            return ExitCodes.Usage;
        }
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(manifestPath, diagnostics);
        if (manifest is null || diagnostics.HasErrors)
            return DiagnosticPrinter.Print(diagnostics.Items);
        if (snapshotPath is not null) manifest = manifest with { SnapshotPath = Path.GetFullPath(snapshotPath) };
        if (outputFolder is not null) manifest = manifest with { OutputFolder = Path.GetFullPath(outputFolder) };

        SnapshotSetup.EnsureDemo(manifest);

        try
        {
            var result = ReportBuilder.Build(manifest, new BuildOptions(overrides, Strict: strict));
            DiagnosticPrinter.Print(result.Diagnostics);
            if (result.Expectations.Count > 0)
                Console.Error.WriteLine($"expectations: {result.Expectations.Count(e => e.Passed)} of {result.Expectations.Count} passed");
            foreach (var output in result.Outputs)
                Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, output)}");
            return result.HasErrors ? ExitCodes.ReportErrors : ExitCodes.Success;
        }
        catch (Exception e) when (e is SnapshotException or FontException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Environment;
        }
    }
}
