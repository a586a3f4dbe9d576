using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.EndToEnd;

/// <summary>The figures and tables the shipped paper spec declares, in order, read through the engine's own loader.</summary>
public static class PaperSpecFigures
{
    public static ReportSpec Load()
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(Path.Combine(RepositoryRoot.Path, "reports.yaml"), diagnostics)!;
        var report = ReportLoader.Load(manifest.Reports.Single(r => r.DisplayPath.EndsWith("paper.yaml", StringComparison.Ordinal)), manifest.BaseFolder, diagnostics);
        Assert.Empty(diagnostics.Items);
        return report!;
    }

    public static IReadOnlyList<FigureSpec> Figures(ReportSpec report) => Blocks(report.Sections).OfType<FigureSpec>().ToArray();

    public static IReadOnlyList<BlockSpec> Tables(ReportSpec report) =>
        Blocks(report.Sections).Where(b => b is TableSpec or ChecksBlockSpec).ToArray();

    private static IEnumerable<BlockSpec> Blocks(IEnumerable<SectionSpec> sections) =>
        sections.SelectMany(s => s.Blocks.Concat(Blocks(s.Sections)));
}
