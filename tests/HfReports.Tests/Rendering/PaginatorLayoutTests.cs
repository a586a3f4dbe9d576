using HfReports.Engine.Rendering.Pdf;

namespace HfReports.Tests.Rendering;

/// <summary>
/// Whole layouts, every box's page and offset, worked out by hand from the rules in the paginator's summary (a box that
/// does not fit moves on with what it keeps with; space never starts a page; floats wait for the top of the next page
/// in order while the text fills the gap; a table's header is repeated; a row taller than a page splits between lines).
/// Each case sits on the boundary of one rule: a box that fills the page exactly stays, one point more moves it.
/// Boxes print as name@offset; a split row prints its first cell's line count.
/// </summary>
public sealed class PaginatorLayoutTests : IDisposable
{
    private readonly TextMeasurer _measurer = new();

    private sealed class Block(float height, string name) : LayoutBox
    {
        public override float Height => height;
        public override void Draw(PageContext page, float x, float y, float width) { }
        public override string ToString() => name;
    }

    private static Block B(float height, string name, bool keep = false) => new(height, name) { KeepWithNext = keep };

    /// <summary>A figure with 5 pt of space above it (after text) and 10 pt below it.</summary>
    private static FloatBox Fig(float height, string name) => new([new Block(height, name)], spaceBefore: 5, spaceAfter: 10, floats: true);

    private static string Name(LayoutBox box) => box switch
    {
        FloatBox f => f.Parts[0].ToString()!,
        SpacerBox s => $"space{s.Height}",
        TableRowBox { IsHeader: true } => "H",
        TableRowBox row => $"{row.Source}:{row.Cells[0].Count}",
        LineBox line => line.Source!,
        _ => box.ToString()!,
    };

    private static string[][] Layout(float pageHeight, params LayoutBox[] boxes) =>
        Paginator.Paginate(boxes, pageHeight).Select(page => page.Select(p => $"{Name(p.Box)}@{p.Y:0.##}").ToArray()).ToArray();

    // Table rows without padding: a body row is 10 pt a line, the header one 10 pt line plus its rules (0.8 + 1 pt).
    private static readonly TableGeometry Geometry = new(0, 100, [(0, 50), (50, 50)], 0);

    private TableRowBox Header() => new([[Line()], [Line()]], Geometry, isHeader: true);

    private TableRowBox Row(TableRowBox header, string name, int lines = 1, int secondCellLines = 1) =>
        new([Enumerable.Range(0, lines).Select(_ => Line()).ToArray(), Enumerable.Range(0, secondCellLines).Select(_ => Line()).ToArray()], Geometry, isHeader: false)
        { Header = header, Source = name };

    private LineBox Line() => new([], 10, 8, _measurer);

    [Fact]
    public void A_float_that_opens_its_section_is_never_passed_by_the_next_section()
    {
        // Section 1 holds only tables: its heading travels in table t1 (50 pt). After 60 pt of text t1 does not fit, so it
        // starts page 2, and t2 follows it there (at 50 + 10 + 5). Section 2's first figure f1 (30 pt, carrying its
        // heading) does not fit below t2 (95 + 30 > 100) and starts page 3. Were f1 free to pass the waiting tables, it
        // would stand on page 1 (at 60), opening section 2 before section 1.
        var t1 = new FloatBox([new Block(50, "t1")], spaceBefore: 0, spaceAfter: 10, floats: true) { IsTable = true, OpensSection = true };
        var t2 = new FloatBox([new Block(20, "t2")], spaceBefore: 5, spaceAfter: 10, floats: true) { IsTable = true };
        var f1 = new FloatBox([new Block(30, "f1")], spaceBefore: 0, spaceAfter: 10, floats: true) { OpensSection = true };
        Assert.Equal([["text@0"], ["t1@0", "t2@65"], ["f1@0"]], Layout(100, B(60, "text"), t1, t2, f1));
    }

    [Fact]
    public void A_float_that_opens_its_section_sends_the_floats_waiting_before_it()
    {
        // Figure g (70 pt) does not fit after 50 pt of text and waits; the table t that opens the next section cannot
        // stand on page 1 before it (it would, fitting at 50): g starts page 2 and t follows it (70 + 10).
        var g = new FloatBox([new Block(70, "g")], spaceBefore: 5, spaceAfter: 10, floats: true);
        var t = new FloatBox([new Block(15, "t")], spaceBefore: 0, spaceAfter: 10, floats: true) { IsTable = true, OpensSection = true };
        Assert.Equal([["text@0"], ["g@0", "t@80"]], Layout(100, B(50, "text"), g, t));
    }

    [Fact]
    public void A_box_that_fills_the_page_exactly_stays_and_the_next_starts_a_page()
    {
        Assert.Equal([["a@0", "b@30", "c@60"], ["d@0"]], Layout(100, B(30, "a"), B(30, "b"), B(40, "c"), B(10, "d")));
    }

    [Fact]
    public void A_heading_stays_when_it_and_the_next_box_fill_the_page_and_moves_when_they_do_not()
    {
        Assert.Equal([["a@0", "h@50", "b@60"]], Layout(100, B(50, "a"), B(10, "h", keep: true), B(40, "b")));
        Assert.Equal([["a@0"], ["h@0", "b@10"]], Layout(100, B(51, "a"), B(10, "h", keep: true), B(40, "b")));
    }

    [Fact]
    public void A_keep_chain_exactly_a_page_tall_moves_whole_and_a_taller_one_breaks_where_the_rest_fits()
    {
        // h1 + h2 + b = 100: kept together on a new page.
        Assert.Equal([["a@0"], ["h1@0", "h2@40", "b@70"]], Layout(100, B(20, "a"), B(40, "h1", keep: true), B(30, "h2", keep: true), B(30, "b")));
        // h1 + h2 + h3 + b = 120 cannot be kept: h1 stays below a, and the rest (90) moves together.
        Assert.Equal([["a@0", "h1@20"], ["h2@0", "h3@30", "b@60"]],
            Layout(100, B(20, "a"), B(30, "h1", keep: true), B(30, "h2", keep: true), B(30, "h3", keep: true), B(30, "b")));
    }

    [Fact]
    public void A_pinned_figure_is_part_of_the_heading_s_chain()
    {
        // heading + pinned figure = 60 do not fit below a (60): both move; t2 after them is not part of the chain.
        var pinned = new FloatBox([new Block(50, "fig")], spaceBefore: 5, spaceAfter: 10, floats: false);
        Assert.Equal([["a@0"], ["heading@0", "fig@10", "t2@60"]], Layout(100, B(60, "a"), B(10, "heading", keep: true), pinned, B(20, "t2")));
    }

    [Fact]
    public void Space_that_ends_exactly_at_the_bottom_stays_and_space_that_would_cross_it_is_dropped()
    {
        Assert.Equal([["a@0", "space5@95"], ["b@0"]], Layout(100, B(95, "a"), new SpacerBox(5), B(10, "b")));
        // The dropped space leaves room for b on the same page.
        Assert.Equal([["a@0", "b@90"]], Layout(100, B(90, "a"), new SpacerBox(20), B(10, "b")));
        Assert.Equal([["b@0"]], Layout(100, new SpacerBox(5), B(10, "b")));
    }

    [Fact]
    public void Space_right_below_the_floats_at_the_top_of_a_page_is_dropped()
    {
        Assert.Equal([["a@0"], ["fig@0", "b@60"]], Layout(100, B(60, "a"), Fig(50, "fig"), new FloatBarrierBox(breakPage: false), new SpacerBox(5), B(20, "b")));
    }

    [Fact]
    public void A_figure_that_fits_takes_its_space_before_and_after()
    {
        // 30 + 5 + 50 = 85, then 10 of space: b (5) ends at 100.
        Assert.Equal([["a@0", "fig@35", "b@95"]], Layout(100, B(30, "a"), Fig(50, "fig"), B(5, "b")));
        // 30 + 5 + 65 = 100 exactly: the figure stays and its space after reaches past the page, so b starts the next.
        Assert.Equal([["a@0", "fig@35"], ["b@0"]], Layout(100, B(30, "a"), Fig(65, "fig"), B(5, "b")));
        // 30 + 5 + 66 = 101: one point too tall with its space before, so it waits and b fills in below a.
        Assert.Equal([["a@0", "b@30"], ["fig@0"]], Layout(100, B(30, "a"), Fig(66, "fig"), B(5, "b")));
    }

    [Fact]
    public void A_figure_below_the_floats_at_the_top_of_a_page_takes_no_space_before()
    {
        Assert.Equal([["a@0"], ["figA@0", "figB@60", "b@90"]],
            Layout(100, B(60, "a"), Fig(50, "figA"), new FloatBarrierBox(breakPage: false), Fig(20, "figB"), B(10, "b")));
    }

    [Fact]
    public void A_figure_exactly_a_page_tall_is_placed_and_a_taller_one_is_refused_in_full_words()
    {
        Assert.Equal([["a@0", "b@10"], ["fig@0"]], Layout(100, B(10, "a"), Fig(100, "fig"), B(10, "b")));
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([new FloatBox([new Block(150, "fig")], 0, 0, floats: true)], 100));
        Assert.Equal("an element is 150 pt tall and can never fit on a page (100 pt of text height); make it smaller in the spec", error.Message);
    }

    [Fact]
    public void A_block_taller_than_a_page_is_refused_with_the_height_of_an_empty_page()
    {
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([B(10, "a"), B(500, "big")], 100));
        Assert.Equal("an element is 500 pt tall and can never fit on a page (100 pt of text height); make it smaller in the spec", error.Message);
    }

    [Fact]
    public void A_barrier_places_each_waiting_float_on_its_own_page_when_they_do_not_fit_together()
    {
        Assert.Equal([["a@0"], ["figA@0"], ["figB@0"], ["b@0"]],
            Layout(100, B(60, "a"), Fig(60, "figA"), Fig(60, "figB"), new FloatBarrierBox(breakPage: true), B(10, "b")));
        // Nothing waiting and no page break: the barrier changes nothing.
        Assert.Equal([["a@0", "b@10"]], Layout(100, B(10, "a"), new FloatBarrierBox(breakPage: false), B(10, "b")));
        // A page break at the top of a page starts no empty page.
        Assert.Equal([["a@0"], ["b@0"]], Layout(100, B(10, "a"), new FloatBarrierBox(breakPage: true), new FloatBarrierBox(breakPage: true), B(10, "b")));
    }

    [Fact]
    public void A_landscape_float_waiting_behind_a_figure_gets_its_own_page_even_when_it_would_fit_below_it()
    {
        var wide = new FloatBox([new Block(10, "wide")], 0, 0, floats: true) { Landscape = true };
        Assert.Equal([["a@0", "b@60", "c@80"], ["fig@0", "d@60"], ["wide@0"]],
            Layout(100, B(60, "a"), Fig(50, "fig"), wide, B(20, "b"), B(20, "c"), B(20, "d")));
    }

    [Fact]
    public void A_document_of_one_landscape_float_is_one_page()
    {
        var wide = new FloatBox([new Block(40, "wide")], 0, 0, floats: true) { Landscape = true };
        Assert.Equal([["wide@0"]], Layout(100, wide));
    }

    [Fact]
    public void A_float_that_leaves_no_room_for_the_next_text_still_goes_first_and_the_text_follows_on_the_next_page()
    {
        // figA (80) and c (30) do not fit one page together: figA takes the top of page 2 alone, c the next.
        Assert.Equal([["a@0", "b@50"], ["figA@0"], ["c@0"]], Layout(100, B(50, "a"), Fig(80, "figA"), B(30, "b"), B(30, "c")));
    }

    [Fact]
    public void Floats_at_the_top_of_a_continuation_page_leave_room_for_the_repeated_header_and_a_row()
    {
        var h = Header(); // 11.8 pt
        var boxes = new List<LayoutBox> { h };
        boxes.AddRange(Enumerable.Range(1, 8).Select(i => Row(h, $"r{i}")));
        boxes.AddRange([Fig(40, "figA"), Fig(30, "figB"), Row(h, "r9"), Row(h, "r10")]);
        // Page 2: figA (40 + 10) leaves 50, enough for the header and r9 (21.8); figB (30 + 10) would leave 10, too little.
        Assert.Equal(
            [
                ["H@0", "r1:1@11.8", "r2:1@21.8", "r3:1@31.8", "r4:1@41.8", "r5:1@51.8", "r6:1@61.8", "r7:1@71.8", "r8:1@81.8"],
                ["figA@0", "H@50", "r9:1@61.8", "r10:1@71.8"],
                ["figB@0"],
            ],
            Layout(100, boxes.ToArray()));
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_at_the_last_line_that_fits_and_goes_on_under_the_repeated_header()
    {
        var h = Header();
        // 15 lines (150 pt) below the header (11.8): 8 lines fit in 88.2 pt, 7 go on under the header on page 2.
        Assert.Equal([["H@0", "tall:8@11.8"], ["H@0", "tall:7@11.8", "next:1@81.8"]],
            Layout(100, h, Row(h, "tall", lines: 15, secondCellLines: 3), Row(h, "next")));
    }

    [Fact]
    public void A_row_that_fits_an_empty_page_only_with_its_header_moves_whole_and_one_point_more_splits()
    {
        var h = Header();
        var page = h.Height + 80; // the header and an 8-line row fill it exactly
        Assert.Equal([["H@0", "r1:1@11.8"], ["H@0", "eight:8@11.8"]],
            Layout(page, h, Row(h, "r1"), Row(h, "eight", lines: 8)));
        Assert.Equal([["H@0", "r1:1@11.8", "nine:7@21.8"], ["H@0", "nine:2@11.8"]],
            Layout(page, h, Row(h, "r1"), Row(h, "nine", lines: 9)));
    }

    [Fact]
    public void A_repeated_header_never_ends_a_page_when_the_rest_of_a_split_row_does_not_fit_below_the_floats()
    {
        var h = Header();
        // 15 lines below H and r1 (21.8): 7 fit in 78.2 pt. fig (80, waiting since 21.8 + 5 + 80 > 100) takes page 2's top
        // with its 10 of space: H would stand at 90 and the other 8 lines (80) cannot follow, so page 2 holds fig alone
        // and H goes on page 3 above them.
        Assert.Equal([["H@0", "r1:1@11.8", "tall:7@21.8"], ["fig@0"], ["H@0", "tall:8@11.8"]],
            Layout(100, h, Row(h, "r1"), Fig(80, "fig"), Row(h, "tall", lines: 15)));
    }

    [Fact]
    public void A_repeated_header_never_ends_a_page_when_the_rows_kept_together_do_not_fit_below_the_floats()
    {
        var h = Header();
        var boxes = new List<LayoutBox> { h };
        boxes.AddRange(Enumerable.Range(1, 8).Select(i => Row(h, $"r{i}")));
        boxes.Add(Fig(40, "fig"));
        // r9 to r13 stand together (50 pt): below fig (40 + 10) and H (11.8) they would end at 111.8.
        boxes.AddRange(Enumerable.Range(9, 5).Select(i => { var row = Row(h, $"r{i}"); row.KeepWithNext = i < 13; return (LayoutBox)row; }));
        Assert.Equal(
            [
                ["H@0", "r1:1@11.8", "r2:1@21.8", "r3:1@31.8", "r4:1@41.8", "r5:1@51.8", "r6:1@61.8", "r7:1@71.8", "r8:1@81.8"],
                ["fig@0"],
                ["H@0", "r9:1@11.8", "r10:1@21.8", "r11:1@31.8", "r12:1@41.8", "r13:1@51.8"],
            ],
            Layout(100, boxes.ToArray()));
    }

    /// <summary>A 10-pt line of text that refers to the float anchored at <paramref name="anchor"/>.</summary>
    private LineBox Reference(string name, string anchor)
    {
        var style = new TextStyle(SkiaSharp.SKTypeface.Default, 10, SkiaSharp.SKColors.Black);
        return new LineBox([new PlacedWord(new StyledWord("Figure", style, "#" + anchor, false, 30), 0)], 10, 8, _measurer) { Source = name };
    }

    [Fact]
    public void A_long_table_starts_in_a_hole_of_95_pt_though_the_text_after_it_then_runs_a_page_ahead_of_a_figure()
    {
        var h = Header();
        var f1 = Fig(100, "F1");
        f1.Parts[0].Anchor = "f1";
        var f2 = Fig(100, "F2");
        f2.Parts[0].Anchor = "f2";
        var boxes = new List<LayoutBox> { Reference("R1", "f1"), B(95, "a"), f1, new FloatBarrierBox(breakPage: false) { BeforeLongTable = true }, B(10, "c", keep: true) };
        h.KeepWithNext = true;
        boxes.Add(h);
        // Nine rows; the first three and the last three stand together.
        boxes.AddRange(Enumerable.Range(1, 9).Select(i => { var row = Row(h, $"r{i}"); row.KeepWithNext = i is 1 or 2 or 7 or 8; return (LayoutBox)row; }));
        boxes.AddRange([Reference("R2", "f2"), f2, B(30, "u")]);
        // F1 (5 + 100 below 105) waits. Placed first, it leaves page 1 95 pt empty (90.25) and F2 fits below R2 on page 3:
        // F1 one page from R1, cost 90.25 + 0.67 (8.2 at page 2's foot) + 50. Started in the hole, the table leaves
        // 13.2 pt (1.74) and 8.2 pt (0.67), F1 and F2 each a page from their references: 1.74 + 0.67 + 100, cheaper.
        Assert.Equal(
            [
                ["R1@0", "a@10", "c@105", "H@115", "r1:1@126.8", "r2:1@136.8", "r3:1@146.8", "r4:1@156.8", "r5:1@166.8", "r6:1@176.8"],
                ["F1@0", "H@110", "r7:1@121.8", "r8:1@131.8", "r9:1@141.8", "R2@151.8", "u@161.8"],
                ["F2@0"],
            ],
            Layout(200, boxes.ToArray()));
    }

    [Fact]
    public void A_row_whose_one_line_cannot_fit_below_the_header_is_refused_with_the_room_there_is()
    {
        var h = Header();
        var row = new TableRowBox([[new LineBox([], 150, 120, _measurer)], [Line()]], Geometry, isHeader: false) { Header = h, Source = "row 1 of table 'wide'" };
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([h, row], 100));
        // 100 - 11.8 of header = 88.2 pt of room.
        Assert.Equal("row 1 of table 'wide' is 150 pt tall and can never fit on a page (88 pt of text height); make it smaller in the spec", error.Message);
    }

    [Fact]
    public void A_cancelled_layout_stops()
    {
        Assert.Throws<OperationCanceledException>(() => Paginator.Paginate([B(10, "a")], 100, new CancellationToken(canceled: true)));
    }

    public void Dispose() => _measurer.Dispose();
}
