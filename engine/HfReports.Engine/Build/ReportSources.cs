using HfReports.Engine.Document;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>The manifest and report specs as a caller outside the engine reads them, with the engine's own
/// vocabulary: the spec model itself stays internal.</summary>
public static class ReportSources
{
    /// <summary>Reads the manifest (null when it does not load: the diagnostics say why).</summary>
    public static ManifestSpec? LoadManifest(string manifestPath, DiagnosticBag diagnostics) =>
        ManifestLoader.Load(manifestPath, diagnostics, EngineVocabulary.Manifest);

    /// <summary>Each report of the manifest that loads, in manifest order: its id, and where each numbered figure
    /// and table is declared, by its anchor in the report's HTML (fig-1, tab-2). Reports that fail to load are left
    /// out, and no diagnostic is reported.</summary>
    public static IReadOnlyList<(string Id, Dictionary<string, SourceLocation> Anchors)> Anchors(ManifestSpec manifest)
    {
        var reports = new List<(string, Dictionary<string, SourceLocation>)>();
        var diagnostics = new DiagnosticBag();
        foreach (var reference in manifest.Reports)
        {
            if (ReportLoader.Load(reference, manifest.BaseFolder, diagnostics, EngineVocabulary.Spec) is not { } report) continue;
            reports.Add((report.Id, Anchors(report)));
        }
        return reports;
    }

    private static Dictionary<string, SourceLocation> Anchors(ReportSpec report)
    {
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var anchors = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var block in SpecWalk.Blocks(report))
        {
            var id = block switch { FigureSpec f => f.Id, TableSpec t => t.Id, _ => null };
            if (id is not null && numbering.TryResolve(id, out _, out var anchor)) anchors[anchor] = block.Location;
        }
        return anchors;
    }
}
