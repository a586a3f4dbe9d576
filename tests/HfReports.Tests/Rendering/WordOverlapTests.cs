using HfReports.Engine.Rendering;
using HfReports.Engine.Build;
using HfReports.Engine.Document;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using HfReports.Tests.Building;
using HfReports.Tests.EndToEnd;
using HfReports.Tests.Support;
using SkiaSharp;
using UglyToad.PdfPig;

namespace HfReports.Tests.Rendering;

/// <summary>
/// Every word of the paper (demo and real v1 snapshots) and of the chart gallery, read back from the PDF: no two words'
/// boxes overlap (turned and rotated text boxed along its own baseline), every word lies within the page less a
/// 10 mm edge, and every word of a figure lies inside the figure's own box (each figure drawn alone on a page of its size,
/// where clipping cannot hide a label that ran off its plot).
/// </summary>
public sealed class WordOverlapTests
{
    /// <summary>Nothing is printed this close to the paper's edge (running header and page numbers stand further in).</summary>
    private const double PageEdge = 28.35;

    public sealed class Paper(DemoPaperFixture paper) : IClassFixture<DemoPaperFixture>
    {
        [Fact]
        public void No_two_words_of_the_demo_paper_overlap_and_none_leaves_the_page_margins()
        {
            Assert.Equal(0, paper.Build.ExitCode);
            AssertLegible(paper.PdfPath);
        }

        [Fact]
        public void Every_word_of_every_figure_of_the_demo_paper_lies_inside_the_figure() =>
            AssertFiguresHoldTheirWords(Path.Combine(RepositoryRoot.Path, "reports.yaml"), paper.SnapshotPath);
    }

    public sealed class RealPaper(RealPaperFixture paper) : IClassFixture<RealPaperFixture>
    {
        [RealExportFact]
        public void No_two_words_of_the_v1_paper_overlap_and_none_leaves_the_page_margins()
        {
            Assert.True(paper.Build!.ExitCode == 0, paper.Build.Output + paper.Build.Error);
            AssertLegible(paper.PdfPath);
        }

        [RealExportFact]
        public void Every_word_of_every_figure_of_the_v1_paper_lies_inside_the_figure() =>
            AssertFiguresHoldTheirWords(Path.Combine(RepositoryRoot.Path, "reports.yaml"), paper.SnapshotPath!);
    }

    public sealed class Gallery(GalleryBuilds gallery) : IClassFixture<GalleryBuilds>
    {
        [Fact]
        public void No_two_words_of_the_gallery_overlap_and_none_leaves_the_page_margins()
        {
            var result = gallery.Build("words", _ => BuildOptions.Default with { Parallelism = 1 });
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
            AssertLegible(Path.Combine(gallery.OutputOf("words"), "gallery.pdf"));
        }

        [Fact]
        public void Every_word_of_every_gallery_figure_lies_inside_the_figure() =>
            AssertFiguresHoldTheirWords(Path.Combine(RepositoryRoot.Path, "reports", "examples", "examples.yaml"), gallery.Snapshot);
    }

    private static void AssertLegible(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var problems = pdf.GetPages().SelectMany(page => WordBoxes.Overlaps(page)
            .Concat(WordBoxes.Outside(page, PageEdge, PageEdge, page.Width - PageEdge, page.Height - PageEdge))).ToArray();
        Assert.True(problems.Length == 0, $"{problems.Length} problems in {Path.GetFileName(pdfPath)}:\n" + string.Join("\n", problems.Take(40)));
    }

    /// <summary>Builds the manifest's documents on the snapshot and draws each figure alone on a PDF page of its own size.</summary>
    private static void AssertFiguresHoldTheirWords(string manifestPath, string snapshotPath)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(manifestPath, diagnostics, ReportRenderers.Formats)!;
        var fonts = new FontRegistry(manifest.Theme);
        using var database = SnapshotDatabase.OpenReadOnly(snapshotPath);
        var snapshot = SnapshotIdentity.Read(database);
        var problems = new List<string>();
        var drawn = 0;
        foreach (var reference in manifest.Reports)
        {
            var report = ReportLoader.Load(reference, manifest.BaseFolder, diagnostics, EngineVocabulary.Spec)!;
            var document = ReportBuilder.BuildDocument(report, database, snapshot, fonts, BuildOptions.Default with { Parallelism = 1 }, diagnostics);
            foreach (var figure in Figures(document.Sections))
            {
                drawn++;
                using var stream = new MemoryStream();
                using (var pdf = SKDocument.CreatePdf(stream))
                {
                    var canvas = pdf.BeginPage(figure.Graphic.Width, figure.Graphic.Height);
                    figure.Graphic.Draw(canvas, figure.Graphic.Width, figure.Graphic.Height);
                    pdf.EndPage();
                }
                using var read = PdfDocument.Open(stream.ToArray());
                var page = read.GetPage(1);
                problems.AddRange(WordBoxes.Outside(page, 0, 0, page.Width, page.Height).Concat(WordBoxes.Overlaps(page))
                    .Select(p => $"figure '{figure.Id}': {p}"));
            }
        }
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.True(drawn > 0, "no figure was drawn");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));
    }

    private static IEnumerable<FigureBlock> Figures(IEnumerable<DocSection> sections) =>
        sections.SelectMany(s => s.Blocks.OfType<FigureBlock>().Concat(Figures(s.Sections)));
}
