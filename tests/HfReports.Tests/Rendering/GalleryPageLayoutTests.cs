using HfReports.Engine.Build;
using HfReports.Engine.Document;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using HfReports.Tests.Building;
using HfReports.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace HfReports.Tests.Rendering;

/// <summary>
/// The gallery's page layout as a reader meets it: a section of figures starts on the page of its first figure (no
/// heading left alone above figures that floated on), the figure marked `placement: landscape` has a turned page of
/// its own, and the section after `page_break: true` starts at the top of a page.
/// </summary>
public sealed class GalleryPageLayoutTests(GalleryBuilds gallery) : IClassFixture<GalleryBuilds>
{
    private sealed record Page(int Number, double Width, double Height, string Text, (string Text, double Top)[] Words);

    private Page[] Pages()
    {
        var result = gallery.Build("layout", _ => BuildOptions.Default with { Parallelism = 1 });
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
        using var pdf = PdfDocument.Open(Path.Combine(gallery.OutputOf("layout"), "gallery.pdf"));
        return pdf.GetPages().Select(p =>
        {
            var words = p.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(w => (w.Text, w.BoundingBox.Top)).ToArray();
            return new Page(p.Number, p.Width, p.Height, string.Join(" ", words.Select(w => w.Text)), words);
        }).ToArray();
    }

    private IReadOnlyList<DocSection> Sections()
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(Path.Combine(RepositoryRoot.Path, "reports", "examples", "examples.yaml"), diagnostics, EngineVocabulary.Manifest)!;
        using var database = SnapshotDatabase.OpenReadOnly(gallery.Snapshot);
        var report = ReportLoader.Load(manifest.Reports[0], manifest.BaseFolder, diagnostics, EngineVocabulary.Spec)!;
        var document = ReportBuilder.BuildDocument(report, database, SnapshotIdentity.Read(database), new FontRegistry(manifest.Theme),
            BuildOptions.Default with { Parallelism = 1 }, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return document.Sections;
    }

    private static int PageOf(Page[] pages, string text) =>
        pages.Single(p => p.Text.Contains(text, StringComparison.Ordinal)).Number;

    [Fact]
    public void A_section_of_figures_starts_on_the_page_of_its_first_figure()
    {
        var pages = Pages();
        var checkedSections = 0;
        foreach (var section in Sections().Where(s => s.Blocks.Count > 0 && s.Blocks.All(b => b is FigureBlock or TableBlock or PageBreakBlock)))
        {
            var first = section.Blocks.OfType<FigureBlock>().First(f => !f.Landscape);
            Assert.Equal(PageOf(pages, $"Figure {first.Number}."), PageOf(pages, $"{section.Number}. {section.Title}"));
            checkedSections++;
        }
        Assert.True(checkedSections >= 4, $"only {checkedSections} sections of figures in the gallery");
    }

    [Fact]
    public void A_landscape_figure_has_a_turned_page_of_its_own()
    {
        var pages = Pages();
        var landscape = Sections().SelectMany(Figures).Where(f => f.Landscape).ToArray();
        Assert.NotEmpty(landscape);
        foreach (var figure in landscape)
        {
            var page = pages.Single(p => p.Number == PageOf(pages, $"Figure {figure.Number}."));
            Assert.True(page.Width > page.Height, $"page {page.Number} of Figure {figure.Number} is {page.Width} x {page.Height}");
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(page.Text, @"\bFigure \d+\."));
        }
        Assert.All(pages.Where(p => !landscape.Any(f => p.Text.Contains($"Figure {f.Number}."))), p => Assert.True(p.Height > p.Width));
    }

    [Fact]
    public void The_section_after_a_page_break_starts_at_the_top_of_a_page()
    {
        var pages = Pages();
        var sections = Sections();
        var afterBreak = sections.SkipWhile(s => s.Blocks.LastOrDefault() is not PageBreakBlock).Skip(1).First();
        var page = pages.Single(p => p.Number == PageOf(pages, $"{afterBreak.Number}. {afterBreak.Title}"));
        // Only the running header stands above the heading.
        var headingTop = page.Words.Single(w => w.Text == $"{afterBreak.Number}.").Top;
        Assert.Equal(["Chart", "gallery"], page.Words.Where(w => w.Top > headingTop + 1).Select(w => w.Text).Order());
    }

    private static IEnumerable<FigureBlock> Figures(DocSection section) =>
        section.Blocks.OfType<FigureBlock>().Concat(section.Sections.SelectMany(Figures));
}
