using System.Diagnostics;
using System.Runtime.InteropServices;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>
/// Packs the CLI as a .NET tool for this machine's runtime (ReadyToRun, as released), installs it from a local folder
/// and builds the paper with it: the package carries its runtime's native SkiaSharp/HarfBuzz/SQLite libraries, once,
/// and the embedded resources. Takes minutes (the runtime is compiled ahead of time), so it runs in CI (CI=true) and when HFREPORTS_PACK_TESTS=1
/// (.github/run-publish-steps.sh sets it), and is skipped, saying so, elsewhere.
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

        var runtime = RuntimeInformation.RuntimeIdentifier;
        var lockFile = Path.Combine(project, "packages.lock.json");
        var committedLock = File.ReadAllBytes(lockFile);
        Run("dotnet", "pack", project, "-c", "Release", "-o", packages, "-nologo", "--disable-build-servers", $"-p:ToolRuntimes={runtime}");
        // The pack's restore (runtime packs included) keeps its own lock file: the committed one stays as it was.
        Assert.True(committedLock.AsSpan().SequenceEqual(File.ReadAllBytes(lockFile)), "dotnet pack rewrote engine/HfReports.Cli/packages.lock.json");
        // The package users name points at the runtime's own package, which holds the program.
        Assert.Single(Directory.GetFiles(packages, "HfReports.Tool.0*.nupkg"));
        var package = Assert.Single(Directory.GetFiles(packages, $"HfReports.Tool.{runtime}.*.nupkg"));
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
        // One runtime's natives, each once. The package is self-contained (the .NET runtime compiled ahead of time with
        // the engine, about 75 MB on linux-x64) and carries DuckDB's native engine (about 30 MB compressed); a second
        // runtime's files or an uncompiled copy would exceed the bound.
        Assert.True(new FileInfo(package).Length < 125_000_000, $"package is {new FileInfo(package).Length:N0} bytes");
        foreach (var native in new[] { "SkiaSharp", "HarfBuzzSharp", "e_sqlite3" })
            Assert.Single(Directory.GetFiles(tool, $"*{native}.*", SearchOption.AllDirectories), f => !f.EndsWith(".dll", StringComparison.Ordinal) || OperatingSystem.IsWindows());

        // From nothing with only the installed tool: the starter and its schemas travel inside the package.
        var demo = _folder.File("demo");
        Run(hfreports, "init", demo, "--quiet");
        Assert.True(File.Exists(Path.Combine(demo, "schema", "report.schema.json")));
        Run(hfreports, "build", Path.Combine(demo, "reports.yaml"), "--quiet");
        Assert.True(File.Exists(Path.Combine(demo, "out", "report.pdf")));
        Assert.True(File.Exists(Path.Combine(demo, "out", "report.html")));
    }

    private string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        // dotnet pack and tool install leave scratch folders in the temporary folder: keep them in the test's own.
        start.Environment["TMPDIR"] = Directory.CreateDirectory(_folder.File("tmp")).FullName;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}\n{output}\n{error.Result}");
        return output;
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>A fact that packs and installs the tool: skipped unless CI=true or HFREPORTS_PACK_TESTS=1.</summary>
public sealed class PackTestFactAttribute : FactAttribute
{
    public PackTestFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("HFREPORTS_PACK_TESTS") != "1" && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "packs and installs the tool (minutes): runs in CI, or set HFREPORTS_PACK_TESTS=1 (.github/run-publish-steps.sh does)";
    }
}
