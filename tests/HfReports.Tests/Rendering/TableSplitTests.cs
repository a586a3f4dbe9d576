using HfReports.Engine.Document;
using HfReports.Engine.Rendering.Pdf;

namespace HfReports.Tests.Rendering;

/// <summary>
/// Where a table typeset by the flow may break across pages: one of up to 15 rows never, a longer one only between rows
/// with at least three of them on either side. Checked on every page height of a range, so that each possible break
/// point of the table meets a page's foot.
/// </summary>
public sealed class TableSplitTests : IDisposable
{
    private readonly TextMeasurer _measurer = new();

    private IReadOnlyList<LayoutBox> Flow(int rows, float pageHeight)
    {
        var section = new DocSection("1", "Results", "sec-1", 1,
            [
                SampleDocuments.Text("The table below lists the scores."),
                new TableBlock("scores", 1, "tab-1", SampleDocuments.Text("Scores."), SampleDocuments.Table(rows), null, null),
                SampleDocuments.Text("That is all."),
            ],
            []);
        var title = TitleBlock.Of("A Test Paper", null, [("Ada Lovelace", [1])], ["Analytical Engines Ltd"], [], [], null);
        var document = new ReportDocument("test", title, [section], [], SampleDocuments.Created);
        return new DocumentFlow(new PdfStyles(SampleDocuments.Fonts), _measurer, 400, pageHeight).Build(document);
    }

    /// <summary>How many body rows of the table each page holds, for the pages that hold any.</summary>
    private static int[] RowsPerPage(IReadOnlyList<LayoutBox> boxes, float pageHeight) =>
        Paginator.Paginate(boxes, pageHeight)
            .Select(page => page.Select(p => p.Box).SelectMany(b => b is FloatBox f ? f.Parts : [b]).Count(b => b is TableRowBox { IsHeader: false }))
            .Where(n => n > 0)
            .ToArray();

    [Fact]
    public void A_long_table_keeps_its_first_three_rows_together_and_its_last_three_with_its_bottom_rule()
    {
        // 16 rows on a 200-pt page: too long to stand whole, so its rows flow.
        var rows = Flow(16, 200).OfType<TableRowBox>().Where(r => !r.IsHeader).ToArray();
        Assert.Equal(16, rows.Length);
        Assert.Equal([1, 2, 14, 15, 16], rows.Select((row, i) => (row, i)).Where(x => x.row.KeepWithNext).Select(x => x.i + 1));
    }

    [Fact]
    public void A_long_table_breaks_only_where_three_rows_or_more_stand_on_either_side()
    {
        for (var pageHeight = 150; pageHeight <= 330; pageHeight++)
        {
            var perPage = RowsPerPage(Flow(20, pageHeight), pageHeight);
            Assert.Equal(20, perPage.Sum());
            Assert.True(perPage.Length > 1, $"{pageHeight} pt: the table should split");
            Assert.True(perPage.All(n => n >= 3), $"{pageHeight} pt: rows per page {string.Join(", ", perPage)}");
        }
    }

    [Fact]
    public void A_table_of_fifteen_rows_stands_whole_on_one_page()
    {
        // From 15 rows of one line (about 16 pt each) with caption and header on a page up to pages far taller.
        for (var pageHeight = 300; pageHeight <= 700; pageHeight += 5)
            Assert.Equal([15], RowsPerPage(Flow(15, pageHeight), pageHeight));
    }

    [Fact]
    public void A_pinned_table_keeps_a_block_gap_below_it_before_the_next_paragraph()
    {
        var section = new DocSection("1", "Results", "sec-1", 1,
            [
                SampleDocuments.Text("The table below lists the scores."),
                new TableBlock("scores", 1, "tab-1", SampleDocuments.Text("Scores."), SampleDocuments.Table(3), null, null) { Pinned = true },
                SampleDocuments.Text("That is all."),
            ],
            []);
        var title = TitleBlock.Of("A Test Paper", null, [("Ada Lovelace", [1])], ["Analytical Engines Ltd"], [], [], null);
        var document = new ReportDocument("test", title, [section], [], SampleDocuments.Created);
        var boxes = new DocumentFlow(new PdfStyles(SampleDocuments.Fonts), _measurer, 400, 600).Build(document);
        var table = boxes.Select((box, i) => (box, i)).Single(b => b.box is FloatBox { IsTable: true }).i;
        // The block gap is 1.1 times the theme's 10-pt body size: 11 pt between the table and "That is all.".
        var spacer = Assert.IsType<SpacerBox>(boxes[table + 1]);
        Assert.Equal(11f, spacer.Height, 0.001f);
        Assert.IsType<LineBox>(boxes[table + 2]);
    }

    public void Dispose() => _measurer.Dispose();
}
