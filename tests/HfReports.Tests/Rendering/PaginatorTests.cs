using HfReports.Engine.Rendering.Pdf;

namespace HfReports.Tests.Rendering;

public sealed class PaginatorTests : IDisposable
{
    private readonly TextMeasurer _measurer = new();

    private sealed class Block(float height, string? source = null) : LayoutBox
    {
        public override float Height => height;
        public override void Draw(PageContext page, float x, float y, float width) { }
        public override string ToString() => source ?? $"block {height}";
    }

    private LineBox Line(float height) => new([], height, height * 0.8f, _measurer);

    private static readonly TableGeometry Geometry = new(0, 100, [(0, 50), (50, 50)], 2);

    private TableRowBox Row(TableRowBox? header, params int[] linesPerCell) =>
        new(linesPerCell.Select(n => (IReadOnlyList<LineBox>)Enumerable.Range(0, n).Select(_ => Line(10)).ToArray()).ToArray(), Geometry, header is null)
        { Header = header, Source = "row of table 't'" };

    [Fact]
    public void Boxes_fill_a_page_then_continue_on_the_next()
    {
        var boxes = Enumerable.Range(0, 5).Select(_ => (LayoutBox)new Block(30)).ToArray();
        var pages = Paginator.Paginate(boxes, 100);
        Assert.Equal([3, 2], pages.Select(p => p.Count));
        Assert.Equal([0f, 30f, 60f], pages[0].Select(p => p.Y));
    }

    [Fact]
    public void A_heading_kept_with_the_next_block_moves_with_it()
    {
        var heading = new Block(10) { KeepWithNext = true };
        var body = new Block(40);
        var pages = Paginator.Paginate([new Block(60), heading, body], 100);
        Assert.Equal(2, pages.Count);
        Assert.Same(heading, pages[1][0].Box);
        Assert.Same(body, pages[1][1].Box);
    }

    [Fact]
    public void A_keep_chain_taller_than_a_page_breaks_rather_than_looping()
    {
        var boxes = Enumerable.Range(0, 10).Select(_ => (LayoutBox)new Block(30) { KeepWithNext = true }).ToArray();
        var pages = Paginator.Paginate(boxes, 100);
        Assert.Equal(10, pages.Sum(p => p.Count));
        Assert.All(pages, p => Assert.True(p.Sum(b => b.Box.Height) <= 100));
    }

    [Fact]
    public void Space_never_starts_a_page()
    {
        var pages = Paginator.Paginate([new SpacerBox(5), new Block(90), new SpacerBox(20), new Block(50)], 100);
        Assert.Equal(2, pages.Count);
        Assert.IsType<Block>(pages[0][0].Box);
        Assert.IsType<Block>(pages[1][0].Box);
        Assert.Equal(0f, pages[1][0].Y);
    }

    [Fact]
    public void A_table_header_is_repeated_on_every_continuation_page()
    {
        var header = Row(null, 1, 1);
        var boxes = new List<LayoutBox> { header };
        boxes.AddRange(Enumerable.Range(0, 20).Select(_ => Row(header, 1, 1)));
        var pages = Paginator.Paginate(boxes, 100);
        Assert.True(pages.Count > 3);
        Assert.All(pages, page => Assert.Same(header, page[0].Box));
        Assert.Equal(20, pages.Sum(p => p.Count(b => !((TableRowBox)b.Box).IsHeader)));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_lines_and_every_line_is_placed_once()
    {
        var header = Row(null, 1, 1);
        var tall = Row(header, 25, 3);
        var pages = Paginator.Paginate([header, tall, Row(header, 1, 1)], 100);
        Assert.True(pages.Count >= 3);
        var placedLines = pages.SelectMany(p => p).Select(b => (TableRowBox)b.Box).Where(r => !r.IsHeader).Sum(r => r.Cells[0].Count);
        Assert.Equal(25 + 1, placedLines);
        Assert.All(pages, page => Assert.True(page[^1].Y + page[^1].Box.Height <= 100.01f));
        Assert.All(pages.Skip(1), page => Assert.Same(header, page[0].Box));
    }

    [Fact]
    public void A_block_taller_than_a_page_is_an_error_naming_its_source()
    {
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([new Block(10), new Block(500) { Source = "figure 'huge'" }], 100));
        Assert.Contains("figure 'huge'", error.Message);
    }

    [Fact]
    public void A_row_whose_single_line_is_taller_than_a_page_is_an_error_not_a_hang()
    {
        var header = Row(null, 1, 1);
        var row = new TableRowBox([[Line(150)], [Line(10)]], Geometry, isHeader: false) { Header = header, Source = "row 1 of table 'wide'" };
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([header, row], 100));
        Assert.Contains("row 1 of table 'wide'", error.Message);
    }

    [Fact]
    public void Ten_thousand_rows_paginate_in_one_pass()
    {
        var header = Row(null, 1, 1);
        var boxes = new List<LayoutBox> { header };
        var rows = Enumerable.Range(0, 10_000).Select(_ => new CountingRow(Row(header, 1, 1))).ToArray();
        boxes.AddRange(rows);
        var pages = Paginator.Paginate(boxes, 700);
        Assert.Equal(10_000, pages.Sum(p => p.Count(b => b.Box is CountingRow)));
        // Each row's height is read a bounded number of times, however long the table: linear work.
        Assert.All(rows, row => Assert.True(row.HeightReads <= 6, $"height read {row.HeightReads} times"));
    }

    /// <summary>Counts how often the paginator asks a row for its height.</summary>
    private sealed class CountingRow(TableRowBox row) : LayoutBox
    {
        public int HeightReads { get; private set; }
        public override float Height { get { HeightReads++; return row.Height; } }
        public override void Draw(PageContext page, float x, float y, float width) { }
    }

    public void Dispose() => _measurer.Dispose();
}
