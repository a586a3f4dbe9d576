using System.Diagnostics;
using System.Runtime.InteropServices;
using HfReports.Tests.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>
/// Packs the CLI as a .NET tool for this machine's runtime as it is released (engine/HfReports.Cli/pack-tool.sh: Native
/// AOT), installs it from a local folder and builds the paper with it: the package carries its runtime's native
/// SkiaSharp/HarfBuzz/SQLite libraries, once, and the embedded resources, and the compiled tool writes the same bytes
/// as the JIT build, imports included. Takes minutes (the tool is compiled ahead of time), so it runs in CI (CI=true)
/// and when HFREPORTS_PACK_TESTS=1 (.github/run-publish-steps.sh sets it), and is skipped, saying so, elsewhere.
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
        Run("bash", Path.Combine(project, "pack-tool.sh"), packages, runtime);
        // The pack's restore (runtime packs included) keeps its own lock file: the committed one stays as it was.
        Assert.True(committedLock.AsSpan().SequenceEqual(File.ReadAllBytes(lockFile)), "dotnet pack rewrote engine/HfReports.Cli/packages.lock.json");
        // The package users name points at the runtime's own package, which holds the program.
        Assert.Single(Directory.GetFiles(packages, "HfReports.Tool.0*.nupkg"));
        var package = Assert.Single(Directory.GetFiles(packages, $"HfReports.Tool.{runtime}.*.nupkg"));
        Run("dotnet", "tool", "install", "--tool-path", tool, "--add-source", packages, "HfReports.Tool");
        var hfreports = Path.Combine(tool, OperatingSystem.IsWindows() ? "hfreports.exe" : "hfreports");

        var version = Run(hfreports, "--version").Trim();
        Assert.Matches(@"^\d+\.\d+\.\d+\+([0-9a-f]{40}|unknown)$", version);

        // The compiled tool imports an export and builds the paper on it byte for byte as the JIT build does (Dapper's
        // queries compiled at build time, Scriban's functions, fonts, charts, the PDF writer and the HTML).
        var export = _folder.Write("small_2024-07-01.csv", SmallExports.V1(PublishingSnapshots.BaseRows));
        var snapshot = _folder.File("tool.db");
        Run(hfreports, "snapshot", "import", export, "--out", snapshot, "--quiet");
        var output = _folder.File("out");
        Run(hfreports, "build", PublishingSnapshots.PaperManifest, "--snapshot", snapshot, "--output", output, "--quiet", "--no-cache");
        var jitOutput = _folder.File("out-jit");
        var jit = CliRunner.Run("build", PublishingSnapshots.PaperManifest, "--snapshot", PublishingSnapshots.Base(_folder), "--output", jitOutput, "--quiet", "--no-cache");
        Assert.True(jit.ExitCode == 0, jit.Error);
        foreach (var file in new[] { "paper.pdf", "paper.html" })
            Assert.True(File.ReadAllBytes(Path.Combine(jitOutput, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))),
                $"the installed tool's {file} differs from the JIT build's");
        Assert.True(File.Exists(Path.Combine(output, "manifest.json")));
        // One runtime's natives, each once. The package holds one native program (about 30 MB) and DuckDB's native engine
        // (about 30 MB compressed); a second runtime's files or the IL beside the program would exceed the bound.
        Assert.True(new FileInfo(package).Length < 75_000_000, $"package is {new FileInfo(package).Length:N0} bytes");
        if (!OperatingSystem.IsWindows())
            Assert.Empty(Directory.GetFiles(tool, "*.dll", SearchOption.AllDirectories));
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
