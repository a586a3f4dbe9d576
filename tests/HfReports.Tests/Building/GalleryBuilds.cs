using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Ingest.Demo;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>The chart gallery (every chart type) on a small demo snapshot, built through the engine with chosen options.</summary>
public sealed class GalleryBuilds : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Snapshot { get; }

    public GalleryBuilds()
    {
        Snapshot = _folder.File("demo.db");
        DemoSnapshotGenerator.Write(Snapshot, new DemoOptions(Models: 1500, Seed: 11));
    }

    /// <summary>Builds into <paramref name="name"/>/out and returns the result; the cache, if any, is <paramref name="name"/>/.hfcache.</summary>
    public BuildResult Build(string name, Func<string, BuildOptions> options)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(Path.Combine(RepositoryRoot.Path, "reports", "examples", "examples.yaml"), diagnostics, EngineVocabulary.Manifest)!;
        var output = OutputOf(name);
        manifest = manifest with { SnapshotPath = Snapshot, OutputFolder = output };
        var result = ReportBuilder.Build(manifest, options(output));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }

    public string OutputOf(string name) => _folder.File(Path.Combine(name, "out"));

    public static void AssertSameOutputs(string expectedFolder, string actualFolder)
    {
        foreach (var file in new[] { "gallery.pdf", "gallery.html", "manifest.json" })
            Assert.True(File.ReadAllBytes(Path.Combine(expectedFolder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualFolder, file))),
                $"{file} differs from the serial, uncached build");
    }

    public void Dispose() => _folder.Dispose();
}
