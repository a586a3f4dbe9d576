using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>A build reads the manifest's reports at once; what it tells about them keeps the manifest's order.</summary>
public sealed class ManifestReportsLoadingTests
{
    [Fact]
    public void Problems_of_several_reports_are_told_in_manifest_order_and_nothing_is_written()
    {
        // Each report has problems on two lines, so an interleaving of two loads would show in the order of the messages.
        static string Broken(string id) =>
            $"report:\n  id: {id}\n  title: T\n  colour: red\n  sections:\n    - title: S\n      blocks:\n        - text: {{ markdown: x }}\n          shade: 3\n";
        var names = new[] { "zeta", "alpha", "mid", "beta" };
        var files = names.ToDictionary(n => n + ".yaml", Broken);
        files["reports.yaml"] = $"snapshot: snapshot.db\noutput: out\nreports: [{string.Join(", ", names.Select(n => n + ".yaml"))}]\n";
        using var workspace = new SpecWorkspace(files);
        TinySnapshot.Write(Path.Combine(workspace.Folder, "snapshot.db"));
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(workspace.ManifestPath, diagnostics, EngineVocabulary.Manifest)!;
        Assert.Empty(diagnostics.Items);

        // The oracle: each report loaded alone, one after the other.
        var alone = manifest.Reports.SelectMany(report =>
        {
            var own = new DiagnosticBag();
            ReportLoader.Load(report, manifest.BaseFolder, own, EngineVocabulary.Spec);
            return own.Items;
        }).Select(d => d.ToString()).ToArray();
        Assert.True(alone.Length >= names.Length * 2, string.Join("\n", alone));

        for (var round = 0; round < 5; round++)
        {
            var result = ReportBuilder.Build(manifest, BuildOptions.Default);

            Assert.Equal(alone, result.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(names, result.Diagnostics.Select(d => Path.GetFileNameWithoutExtension(d.Location!.File)).Distinct());
            Assert.Empty(result.Outputs);
            Assert.False(Directory.Exists(Path.Combine(workspace.Folder, "out")) && Directory.EnumerateFiles(Path.Combine(workspace.Folder, "out"), "*.pdf").Any());
        }
    }
}
