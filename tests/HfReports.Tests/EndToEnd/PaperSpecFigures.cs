using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.EndToEnd;

/// <summary>The figures and tables the shipped paper spec declares, in order, read through the engine's own loader.</summary>
internal static class PaperSpecFigures
{
    public static ReportSpec Load()
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(Path.Combine(RepositoryRoot.Path, "reports.yaml"), diagnostics, EngineVocabulary.Manifest)!;
        var report = ReportLoader.Load(manifest.Reports.Single(r => r.DisplayPath.EndsWith("paper.yaml", StringComparison.Ordinal)), manifest.BaseFolder, diagnostics, EngineVocabulary.Spec);
        Assert.Empty(diagnostics.Items);
        return report!;
    }

    public static IReadOnlyList<FigureSpec> Figures(ReportSpec report) => Blocks(report.Sections).OfType<FigureSpec>().ToArray();

    public static IReadOnlyList<BlockSpec> Tables(ReportSpec report) =>
        Blocks(report.Sections).Where(b => b is TableSpec or ChecksBlockSpec).ToArray();

    /// <summary>Each figure and table with its label ("Figure 3", "Table 2") as the document numbers them, in reading
    /// order, and the snapshot tables it requires (none when it has no `requires:`).</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<string> Requires)> Labelled(ReportSpec report)
    {
        var (figure, table) = (0, 0);
        return Blocks(report.Sections)
            .Select(block => block switch
            {
                FigureSpec f => ($"Figure {++figure}", f.Requires?.Tables ?? []),
                TableSpec t => ($"Table {++table}", t.Requires?.Tables ?? []),
                ChecksBlockSpec => ($"Table {++table}", (IReadOnlyList<string>)[]),
                _ => ("", []),
            })
            .Where(item => item.Item1.Length > 0)
            .ToArray();
    }

    private static IEnumerable<BlockSpec> Blocks(IEnumerable<SectionSpec> sections) =>
        sections.SelectMany(s => s.Blocks.Concat(Blocks(s.Sections)));
}
