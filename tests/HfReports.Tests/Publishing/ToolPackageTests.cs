using System.Diagnostics;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>
/// Packs the CLI as a .NET tool, installs it from a local folder and builds the paper with it:
/// the package carries the native SkiaSharp/HarfBuzz/SQLite libraries and the embedded resources.
/// Takes about a minute, so it runs only when HFREPORTS_PACK_TESTS=1 (.github/run-publish-steps.sh sets it).
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [PackTestFact]
    [Trait("Category", "Pack")]
    public void Packed_tool_installs_from_a_folder_reports_its_version_and_builds_the_paper()
    {
        var packages = _folder.File("packages");
        var tool = _folder.File("tool");
        var project = Path.Combine(RepositoryRoot.Path, "engine", "HfReports.Cli");

        Run("dotnet", "pack", project, "-c", "Release", "-o", packages, "-nologo");
        var package = Assert.Single(Directory.GetFiles(packages, "HfReports.Tool.*.nupkg"));
        Run("dotnet", "tool", "install", "--tool-path", tool, "--add-source", packages, "HfReports.Tool");
        var hfreports = Path.Combine(tool, OperatingSystem.IsWindows() ? "hfreports.exe" : "hfreports");

        var version = Run(hfreports, "--version").Trim();
        Assert.Matches(@"^\d+\.\d+\.\d+\+([0-9a-f]{40}|unknown)$", version);

        var snapshot = PublishingSnapshots.Base(_folder);
        var output = _folder.File("out");
        Run(hfreports, "build", PublishingSnapshots.PaperManifest, "--snapshot", snapshot, "--output", output, "--quiet");
        Assert.True(File.Exists(Path.Combine(output, "paper.pdf")));
        Assert.True(File.Exists(Path.Combine(output, "paper.html")));
        Assert.True(File.Exists(Path.Combine(output, "manifest.json")));
        Assert.True(new FileInfo(package).Length < 80_000_000, $"package is {new FileInfo(package).Length:N0} bytes");

        // From nothing with only the installed tool: the starter and its schemas travel inside the package.
        var demo = _folder.File("demo");
        Run(hfreports, "init", demo, "--quiet");
        Assert.True(File.Exists(Path.Combine(demo, "schema", "report.schema.json")));
        Run(hfreports, "build", Path.Combine(demo, "reports.yaml"), "--quiet");
        Assert.True(File.Exists(Path.Combine(demo, "out", "report.pdf")));
        Assert.True(File.Exists(Path.Combine(demo, "out", "report.html")));
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}\n{output}\n{error.Result}");
        return output;
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>A fact that packs and installs the tool: skipped unless HFREPORTS_PACK_TESTS=1.</summary>
public sealed class PackTestFactAttribute : FactAttribute
{
    public PackTestFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("HFREPORTS_PACK_TESTS") != "1")
            Skip = "packs and installs the tool (about a minute): set HFREPORTS_PACK_TESTS=1, as .github/run-publish-steps.sh does";
    }
}
