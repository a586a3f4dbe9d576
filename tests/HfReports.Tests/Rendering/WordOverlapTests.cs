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

    public sealed class Clipping
    {
        /// <summary>A range's label at the plot's right end, drawn by ScottPlot alone (clipped) or with its keeper.</summary>
        private static IReadOnlyList<string> LabelAtTheRightEnd(bool kept)
        {
            using var plot = new ScottPlot.Plot();
            plot.Add.Scatter(new double[] { 0, 10 }, new double[] { 0, 10 });
            plot.Axes.SetLimits(0, 10, 0, 10);
            var text = new ScottPlot.Plottables.Text { LabelText = "spring 2024", Location = new ScottPlot.Coordinates(9.5, 10), LabelFontSize = 12 };
            text.LabelAlignment = ScottPlot.Alignment.UpperLeft;
            if (kept) plot.Add.Plottable(new HfReports.Engine.Charts.Annotations.KeepInsidePlot(text));
            plot.Add.Plottable(text);
            using var stream = new MemoryStream();
            using (var pdf = SKDocument.CreatePdf(stream))
            {
                var canvas = pdf.BeginPage(400, 300);
                plot.Render(canvas, 400, 300);
                pdf.EndPage();
            }
            var rect = plot.LastRender.DataRect;
            using var read = PdfDocument.Open(stream.ToArray());
            return Clipped(read.GetPage(1), [new SKRect(rect.Left, rect.Top, rect.Right, rect.Bottom)]).ToArray();
        }

        [Fact]
        public void A_label_cut_by_the_plot_edge_is_found_though_the_pdf_holds_the_whole_word() =>
            Assert.Contains(LabelAtTheRightEnd(kept: false), p => p.Contains("is cut by the edge of the plot area"));

        [Fact]
        public void An_annotation_label_is_moved_inside_the_plot_area() => Assert.Empty(LabelAtTheRightEnd(kept: true));
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
        var manifest = ManifestLoader.Load(manifestPath, diagnostics, EngineVocabulary.Manifest)!;
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
                    figure.Graphic.Draw(canvas, figure.Graphic.Width);
                    pdf.EndPage();
                }
                using var read = PdfDocument.Open(stream.ToArray());
                var page = read.GetPage(1);
                problems.AddRange(WordBoxes.Outside(page, 0, 0, page.Width, page.Height).Concat(WordBoxes.Overlaps(page))
                    .Concat(Clipped(page, figure.Graphic.PlotAreas())).Select(p => $"figure '{figure.Id}': {p}"));
            }
        }
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.True(drawn > 0, "no figure was drawn");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems.Take(40)));
    }

    /// <summary>
    /// Words that cross the edge of a plot area, where the plot clips what it draws: a label there is cut (the page shows
    /// "spring 202"), though the PDF still holds the whole word. A word lies wholly inside a plot area or wholly outside it.
    /// </summary>
    public static IEnumerable<string> Clipped(UglyToad.PdfPig.Content.Page page, IReadOnlyList<SKRect> plotAreas)
    {
        foreach (var word in WordBoxes.Of(page))
            foreach (var area in plotAreas)
            {
                // PDF y grows upwards from the page's foot; the figure's areas are measured down from its top.
                var (bottom, top) = (page.Height - area.Bottom, page.Height - area.Top);
                var crosses = word.Right > area.Left + WordBoxes.Slack && word.Left < area.Right - WordBoxes.Slack &&
                              word.Top > bottom + WordBoxes.Slack && word.Bottom < top - WordBoxes.Slack;
                var inside = word.Left >= area.Left - WordBoxes.Slack && word.Right <= area.Right + WordBoxes.Slack &&
                             word.Bottom >= bottom - WordBoxes.Slack && word.Top <= top + WordBoxes.Slack;
                if (crosses && !inside) yield return $"{word} is cut by the edge of the plot area [{area.Left:0.#}, {bottom:0.#}, {area.Right:0.#}, {top:0.#}]";
            }
    }

    private static IEnumerable<FigureBlock> Figures(IEnumerable<DocSection> sections) =>
        sections.SelectMany(s => s.Blocks.OfType<FigureBlock>().Concat(Figures(s.Sections)));
}
