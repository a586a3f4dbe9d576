using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;

namespace HfReports.Tests.EndToEnd;

/// <summary>The full paper on the demo snapshot: every figure and table, in order, with its caption and panels.</summary>
public sealed partial class PaperOnDemoTests(DemoPaperFixture paper) : IClassFixture<DemoPaperFixture>
{
    [Fact]
    public void Builds_with_zero_diagnostics()
    {
        Assert.Equal(0, paper.Build.ExitCode);
        Assert.DoesNotMatch(DiagnosticLine(), paper.Build.Error);
    }

    [Fact]
    public void Check_finds_no_problem_in_the_shipped_specs()
    {
        var check = Support.CliRunner.Run("check", Path.Combine(Support.RepositoryRoot.Path, "reports.yaml"), "--snapshot", paper.SnapshotPath);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.DoesNotMatch(DiagnosticLine(), check.Output + check.Error);
    }

    [Fact]
    public void Every_figure_and_table_of_the_spec_is_captioned_in_order_in_the_pdf()
    {
        var report = PaperSpecFigures.Load();
        var figures = PaperSpecFigures.Figures(report);
        var tables = PaperSpecFigures.Tables(report);
        Assert.Equal(12, figures.Count);
        Assert.Equal(6, tables.Count); // Tables 1-5 and the reproduction check

        using var pdf = PdfDocument.Open(paper.PdfPath);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var captions = CaptionLabel().Matches(text).Select(m => m.Value).ToArray();
        var expected = Enumerable.Range(1, 12).Select(n => $"Figure {n}.").ToArray();
        Assert.Equal(expected, captions.Where(c => c.StartsWith("Figure", StringComparison.Ordinal)).ToArray());
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"Table {n}.").ToArray(),
            captions.Where(c => c.StartsWith("Table", StringComparison.Ordinal)).ToArray());
        Assert.DoesNotContain("needs data this snapshot does not have", text);
    }

    [Fact]
    public void Every_figure_in_the_html_has_the_panel_count_its_spec_declares()
    {
        var figures = PaperSpecFigures.Figures(PaperSpecFigures.Load());
        var document = new HtmlParser().ParseDocument(File.ReadAllText(paper.HtmlPath));
        var rendered = document.QuerySelectorAll("figure").ToArray();
        Assert.Equal(figures.Count, rendered.Length);
        for (var i = 0; i < figures.Count; i++)
        {
            var outer = rendered[i].QuerySelector("svg")!;
            var panels = outer.Children.Count(c => c.LocalName == "svg");
            Assert.True(figures[i].Panels.Count == panels, $"figure '{figures[i].Id}': spec has {figures[i].Panels.Count} panels, the SVG {panels}");
        }
    }

    [GeneratedRegex(@"\b(Figure|Table) \d+\.")]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"(error|warning):")]
    private static partial Regex DiagnosticLine();
}
