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
        // The counts come from the spec, so a figure added through YAML needs no change here.
        var report = PaperSpecFigures.Load();
        var figures = PaperSpecFigures.Figures(report);
        var tables = PaperSpecFigures.Tables(report);
        Assert.NotEmpty(figures);
        Assert.NotEmpty(tables);

        using var pdf = PdfDocument.Open(paper.PdfPath);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var captions = CaptionLabel().Matches(text).Select(m => m.Value).ToArray();
        Assert.Equal(Enumerable.Range(1, figures.Count).Select(n => $"Figure {n}.").ToArray(),
            captions.Where(c => c.StartsWith("Figure", StringComparison.Ordinal)).ToArray());
        Assert.Equal(Enumerable.Range(1, tables.Count).Select(n => $"Table {n}.").ToArray(),
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

    /// <summary>The analysts' job: a figure added through YAML alone to a copy of the paper builds, and every
    /// figure after it is renumbered, with no C# change anywhere.</summary>
    [Fact]
    public void A_figure_added_through_yaml_to_a_copy_of_the_paper_builds_and_is_numbered()
    {
        using var copy = new Support.TempFolder();
        File.Copy(Path.Combine(Support.RepositoryRoot.Path, "reports.yaml"), copy.File("reports.yaml"));
        CopyFolder(Path.Combine(Support.RepositoryRoot.Path, "reports"), copy.File("reports"));
        var paperYaml = copy.File(Path.Combine("reports", "paper", "paper.yaml"));
        var lines = File.ReadAllLines(paperYaml).ToList();
        var after = lines.FindIndex(l => l.TrimStart().StartsWith("- include: figures/", StringComparison.Ordinal));
        Assert.True(after >= 0, "the paper includes no figure file");
        var indent = lines[after][..(lines[after].Length - lines[after].TrimStart().Length)];
        lines.Insert(after + 1, indent + "- include: figures/added-architectures.yaml");
        File.WriteAllLines(paperYaml, lines);
        File.WriteAllText(copy.File(Path.Combine("reports", "paper", "figures", "added-architectures.yaml")), """
            figure:
              id: added-architectures
              caption: Models per architecture group, a figure added through YAML alone.
              data:
                query: select arch_group, count(*) as models from models group by arch_group
                transform:
                  - sort: { by: [models], order: descending }
              chart:
                type: column
                x: { field: arch_group, type: category, title: Architecture }
                y: { field: models, title: Models }
            """);
        var before = PaperSpecFigures.Figures(PaperSpecFigures.Load()).Count;

        var output = copy.File("out");
        var build = Support.CliRunner.Run("build", copy.File("reports.yaml"), "--snapshot", paper.SnapshotPath, "--output", output);

        Assert.True(build.ExitCode == 0, build.Error);
        using var pdf = PdfDocument.Open(Path.Combine(output, "paper.pdf"));
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Equal(Enumerable.Range(1, before + 1).Select(n => $"Figure {n}.").ToArray(),
            CaptionLabel().Matches(text).Select(m => m.Value).Where(c => c.StartsWith("Figure", StringComparison.Ordinal)).ToArray());
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "paper.html")));
        Assert.Equal(before + 1, html.QuerySelectorAll("figure").Length);
        Assert.Contains(html.QuerySelectorAll("figcaption"), caption => caption.TextContent.Contains("a figure added through YAML alone", StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
    }

    [GeneratedRegex(@"\b(Figure|Table) \d+\.")]
    private static partial Regex CaptionLabel();

    [GeneratedRegex(@"(error|warning):")]
    private static partial Regex DiagnosticLine();
}
