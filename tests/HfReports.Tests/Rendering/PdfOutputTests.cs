using HfReports.Engine.Build;
using HfReports.Engine.Charts;
using HfReports.Engine.Document;
using HfReports.Engine.Rendering.Pdf;
using HfReports.Engine.Rendering.Pdf.Output;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace HfReports.Tests.Rendering;

/// <summary>Renders documents built in code and reads the PDF back as a reader's tools would.</summary>
public sealed class PdfOutputTests
{
    private static byte[] Render(ReportDocument document, FontRegistry? fonts = null) => Render(document, fonts, out _);

    private static byte[] Render(ReportDocument document, FontRegistry? fonts, out PdfRenderResult result)
    {
        using var output = new MemoryStream();
        result = PdfRenderer.Render(document, fonts ?? SampleDocuments.Fonts, output);
        // HFREPORTS_TEST_OUTPUT=<folder> keeps the PDFs for a look with pdftoppm.
        if (Environment.GetEnvironmentVariable("HFREPORTS_TEST_OUTPUT") is { Length: > 0 } folder)
            File.WriteAllBytes(Path.Combine(folder, $"{document.Id}-{document.Sections.Count}-{output.Length}.pdf"), output.ToArray());
        return output.ToArray();
    }

    private static readonly Lazy<byte[]> Paper = new(() => Render(SampleDocuments.Paper()));

    private static string Words(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    [Fact]
    public void Page_count_footer_and_metadata_are_right()
    {
        using var pdf = PdfDocument.Open(Paper.Value);
        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        foreach (var page in pdf.GetPages())
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", Words(page));
        Assert.Equal("A Test Paper", pdf.Information.Title);
        Assert.Equal("Ada Lovelace", pdf.Information.Author);
        Assert.Equal("Built in code", pdf.Information.Subject);
        Assert.Equal(595, pdf.GetPage(1).Width, 0);
        Assert.Equal(842, pdf.GetPage(1).Height, 0);
    }

    [Fact]
    public void Letter_paper_comes_from_the_theme()
    {
        using var pdf = PdfDocument.Open(Render(SampleDocuments.Paper(tableRows: 5), new FontRegistry(new ThemeSpec(PageSize: HfReports.Engine.Spec.PageSize.Letter))));
        Assert.Equal(612, pdf.GetPage(1).Width, 0);
        Assert.Equal(792, pdf.GetPage(1).Height, 0);
    }

    [Fact]
    public void Every_heading_and_caption_is_present_in_reading_order()
    {
        using var pdf = PdfDocument.Open(Paper.Value);
        var text = string.Join(' ', pdf.GetPages().Select(Words));
        string[] expected = ["A Test Paper", "1. Introduction", "Figure 1. Models per month.", "1.1. Scope", "2. Results",
            "Table 1. Scores of every model.", "Scores are averages.", "That is all.", "References", "[1] Someone."];
        var positions = expected.Select(e => text.IndexOf(e, StringComparison.Ordinal)).ToArray();
        Assert.All(expected.Zip(positions), p => Assert.True(p.Second >= 0, $"'{p.First}' is missing"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_table_header_is_repeated_on_every_continuation_page()
    {
        using var pdf = PdfDocument.Open(Paper.Value);
        var pagesWithRows = pdf.GetPages().Where(p => p.GetWords().Any(w => w.Text.StartsWith("model-", StringComparison.Ordinal))).ToArray();
        Assert.True(pagesWithRows.Length >= 2, "the table should continue onto another page");
        foreach (var page in pagesWithRows)
        {
            var words = page.GetWords().ToArray();
            var header = words.First(w => w.Text == "Model");
            var firstRow = words.First(w => w.Text.StartsWith("model-", StringComparison.Ordinal));
            Assert.True(header.BoundingBox.Bottom > firstRow.BoundingBox.Top, $"page {page.Number}: the header is not above the rows");
            Assert.Contains(words, w => w.Text == "Score");
        }
    }

    [Fact]
    public void No_text_is_drawn_outside_the_margins_but_the_running_header_and_footer()
    {
        using var pdf = PdfDocument.Open(Paper.Value);
        var margin = new ThemeSpec().MarginMillimetres * PageGeometry.PointsPerMillimetre;
        foreach (var page in pdf.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                var box = word.BoundingBox;
                Assert.True(box.Left >= 0 && box.Right <= page.Width && box.Bottom >= 0 && box.Top <= page.Height, $"'{word.Text}' is off page {page.Number}");
                var inside = box.Left >= margin - 0.5 && box.Right <= page.Width - margin + 0.5
                             && box.Bottom >= margin - 0.5 && box.Top <= page.Height - margin + 0.5;
                var inMarginText = box.Bottom > page.Height - margin
                    ? "A Test Paper".Contains(word.Text, StringComparison.Ordinal)
                    : box.Top < margin && (word.Text is "Page" or "of" || int.TryParse(word.Text, out _));
                Assert.True(inside || inMarginText, $"'{word.Text}' at {box} is outside the text area of page {page.Number}");
            }
        }
    }

    [Fact]
    public void Fonts_are_embedded_and_subset()
    {
        var bytes = Paper.Value;
        var file = PdfObjectFile.Parse(bytes);
        var descriptors = file.Numbers.Select(file.Dictionary).Where(d => d.Contains("/Type /FontDescriptor", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, d => Assert.Contains("/FontFile2", d));
        // Whole DejaVu faces are 350-750 kB each; subset, the paper with its four faces stays small.
        Assert.True(bytes.Length < 200_000, $"{bytes.Length} bytes");
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains(pdf.GetPage(1).Letters, l => l.FontName?.Contains("DejaVuSerif", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_outline_lists_sections_with_subsections_nested()
    {
        using var pdf = PdfDocument.Open(Paper.Value);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.NotNull(bookmarks);
        var roots = bookmarks.Roots.ToArray();
        Assert.Equal(["1. Introduction", "2. Results", "References"], roots.Select(b => b.Title));
        Assert.Equal(["1.1. Scope"], roots[0].Children.Select(b => b.Title));
    }

    [Fact]
    public void Sections_figures_and_tables_have_named_destinations()
    {
        var file = PdfObjectFile.Parse(Paper.Value);
        var dests = file.Numbers.Select(file.Dictionary).Single(d => d.Contains("/fig-1 [", StringComparison.Ordinal));
        foreach (var name in new[] { "sec-1", "sec-1-1", "sec-2", "fig-1", "tab-1", "ref-1", "references" })
            Assert.Contains($"/{name} [", dests);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes() =>
        Assert.Equal(Render(SampleDocuments.Paper(tableRows: 30)), Render(SampleDocuments.Paper(tableRows: 30)));

    [Fact]
    public void A_table_row_taller_than_a_page_is_split_across_pages()
    {
        var tallCell = string.Join(' ', Enumerable.Range(1, 1500).Select(i => $"w{i}"));
        using var pdf = PdfDocument.Open(Render(SampleDocuments.Paper(tableRows: 3, tallCell: tallCell)));
        var text = string.Join(' ', pdf.GetPages().Select(Words));
        Assert.Contains("w1 ", text);
        Assert.Contains("w1500", text);
        Assert.Contains("model-3", text);
    }

    [Fact]
    public void A_ten_thousand_row_table_renders()
    {
        using var pdf = PdfDocument.Open(Render(SampleDocuments.Paper(tableRows: 10_000)));
        Assert.True(pdf.NumberOfPages > 100);
        var last = pdf.GetPages().Last(p => p.GetWords().Any(w => w.Text == "model-10000"));
        Assert.Contains(last.GetWords(), w => w.Text == "Model");
    }

    [Fact]
    public void A_figure_that_can_never_fit_a_page_is_an_error_naming_it()
    {
        var document = SampleDocuments.Paper(tableRows: 3);
        var plot = new ScottPlot.Plot();
        var huge = new FigureBlock("huge-figure", 2, "fig-2", SampleDocuments.Text("Too tall."), FigureRenderer.ForDocument(new FigureGraphic("huge-figure", [(plot, 1.0)], 300, 4000), (string?)null), []);
        document = document with { Sections = [document.Sections[0] with { Blocks = [.. document.Sections[0].Blocks, huge] }] };
        var error = Assert.Throws<LayoutException>(() => Render(document));
        Assert.Contains("figure 'huge-figure'", error.Message);
    }

    [Fact]
    public void A_character_no_font_can_draw_is_a_warning_naming_where_it_is()
    {
        var document = SampleDocuments.Paper(tableRows: 3);
        document = document with { Sections = [document.Sections[0] with { Blocks = [SampleDocuments.Text("odd \uE0FF glyph")] }] };
        Render(document, null, out var result);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("U+E0FF", warning);
        Assert.Contains("section 1 'Introduction'", warning);
    }
}
