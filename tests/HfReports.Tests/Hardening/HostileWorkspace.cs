using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hardening;

/// <summary>A temporary manifest folder with one report and the hostile snapshot, built to PDF and HTML.</summary>
public sealed class HostileWorkspace : IDisposable
{
    private readonly SpecWorkspace _workspace;
    private readonly TempFolder _outside = new();

    public HostileWorkspace(string reportYaml, IReadOnlyDictionary<string, string>? files = null, string? manifest = null)
    {
        var all = new Dictionary<string, string>(files ?? new Dictionary<string, string>()) { ["report.yaml"] = reportYaml };
        all["reports.yaml"] = manifest ?? "snapshot: snapshot.db\noutput: out\nreports: [report.yaml]\n";
        _workspace = new SpecWorkspace(all);
        HostileSnapshot.Write(SnapshotPath);
    }

    public string Folder => _workspace.Folder;
    /// <summary>An empty folder outside the report's folder, for links that try to leave it.</summary>
    public string Outside => _outside.Path;
    public string SnapshotPath => Path.Combine(Folder, "snapshot.db");
    public string OutputFolder => Path.Combine(Folder, "out");
    public string ManifestPath => _workspace.ManifestPath;

    public void Write(string path, string text) => _workspace.Write(path, text);

    public BuildResult Build(BuildOptions? options = null)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(ManifestPath, diagnostics, EngineVocabulary.Manifest);
        if (manifest is null || diagnostics.HasErrors) return new BuildResult([], diagnostics.Items, []);
        return ReportBuilder.Build(manifest, options ?? BuildOptions.Default);
    }

    public void Dispose()
    {
        _workspace.Dispose();
        _outside.Dispose();
    }
}
