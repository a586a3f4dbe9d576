using HfReports.Engine.Rendering.Pdf;
using HfReports.Engine.Tables;

namespace HfReports.Tests.Rendering;

/// <summary>Figures and short tables float to the top of the next page while the text after them fills the gap.</summary>
public sealed class FloatTests
{
    private sealed class Block(float height, string name) : LayoutBox
    {
        public override float Height => height;
        public override void Draw(PageContext page, float x, float y, float width) { }
        public override string ToString() => name;
    }

    private static FloatBox Figure(float height, string name, bool floats = true) =>
        new([new Block(height, name)], spaceBefore: 5, spaceAfter: 10, floats) { Source = name };

    private static string Name(PlacedBox placed) => placed.Box is FloatBox f ? f.Parts[0].ToString()! : placed.Box.ToString()!;

    private static string[][] Layout(float pageHeight, params LayoutBox[] boxes) =>
        Paginator.Paginate(boxes, pageHeight).Select(page => page.Select(Name).ToArray()).ToArray();

    [Fact]
    public void A_figure_that_does_not_fit_goes_to_the_top_of_the_next_page_and_the_text_after_it_fills_the_gap()
    {
        var pages = Layout(100, new Block(60, "t1"), Figure(50, "fig"), new Block(20, "t2"), new Block(20, "t3"), new Block(20, "t4"));
        Assert.Equal([["t1", "t2", "t3"], ["fig", "t4"]], pages);
    }

    [Fact]
    public void The_text_below_a_float_at_the_top_of_a_page_starts_after_its_space()
    {
        var pages = Paginator.Paginate([new Block(60, "t1"), Figure(50, "fig"), new Block(40, "t2"), new Block(20, "t3")], 100);
        var second = pages[1];
        Assert.Equal(("fig", 0f), (Name(second[0]), second[0].Y));
        Assert.Equal(60f, second[1].Y); // 50 of figure + 10 of space after it
    }

    [Fact]
    public void Floats_keep_their_order_even_when_a_later_one_would_fit()
    {
        var pages = Layout(100, new Block(50, "t1"), Figure(60, "big"), Figure(20, "small"), new Block(10, "t2"));
        Assert.Equal([["t1", "t2"], ["big", "small"]], pages);
    }

    [Fact]
    public void A_pinned_figure_moves_with_the_text_and_leaves_the_gap()
    {
        var pages = Layout(100, new Block(60, "t1"), Figure(50, "fig", floats: false), new Block(20, "t2"));
        Assert.Equal([["t1"], ["fig", "t2"]], pages);
    }

    [Fact]
    public void A_barrier_places_every_waiting_float_first_and_a_page_break_starts_a_new_page()
    {
        var pages = Layout(100, new Block(60, "t1"), Figure(50, "fig"), new Block(10, "t2"), new FloatBarrierBox(breakPage: true), new Block(10, "t3"));
        Assert.Equal([["t1", "t2"], ["fig"], ["t3"]], pages);
    }

    [Fact]
    public void A_heading_before_a_float_keeps_with_the_text_after_it_not_with_the_float()
    {
        var heading = new Block(10, "heading") { KeepWithNext = true };
        var pages = Layout(100, new Block(70, "t1"), heading, Figure(50, "fig"), new Block(15, "t2"));
        Assert.Equal([["t1", "heading", "t2"], ["fig"]], pages);
    }

    [Fact]
    public void A_landscape_float_has_the_next_page_to_itself_and_the_text_goes_on_around_it()
    {
        var wide = new FloatBox([new Block(40, "wide")], 0, 0, floats: true) { Landscape = true };
        var pages = Layout(100, new Block(30, "t1"), wide, new Block(30, "t2"), new Block(30, "t3"), new Block(30, "t4"));
        Assert.Equal([["t1", "t2", "t3"], ["wide"], ["t4"]], pages);
    }

    private static FloatBox Table(float height, string name) =>
        new([new Block(height, name)], spaceBefore: 5, spaceAfter: 10, floats: true) { Source = name, IsTable = true };

    [Fact]
    public void A_table_passes_a_waiting_figure_when_that_fills_the_page_and_each_kind_keeps_its_order()
    {
        // The figure (50) does not fit under t1 (60) and waits; the table (30) fits under t1. In order it would wait behind
        // the figure and leave 40 of page 1 empty; passing the figure, page 1 is 60 + 5 + 30 full but for 5.
        var pages = Layout(100, new Block(60, "t1"), Figure(50, "fig"), Table(30, "tab"), new FloatBarrierBox(breakPage: false));
        Assert.Equal([["t1", "tab"], ["fig"]], pages);
        // Two figures never pass each other, however much room the second would fill.
        Assert.Equal([["t1"], ["fig", "fig2"]], Layout(100, new Block(60, "t1"), Figure(50, "fig"), Figure(30, "fig2"), new FloatBarrierBox(breakPage: false)));
    }

    [Fact]
    public void The_cost_counts_empty_page_feet_but_the_last_and_pages_a_page_break_ends()
    {
        // Page 1 ends 40 short (t2 does not fit), page 2 ends at the page break 70 short, page 3 is the last.
        var boxes = new LayoutBox[] { new Block(60, "t1"), new Block(50, "t2"), new FloatBarrierBox(breakPage: true), new Block(10, "t3") };
        var run = Paginator.Layout(boxes, 100);
        Assert.Equal([40f, 0f, 0f], LayoutCost.EmptyAtFoot(run, 100));
        Assert.Equal(40.0 * 40 / 100, new LayoutCost(boxes).Of(run, 100), 3);
    }

    [Fact]
    public void A_float_far_from_its_first_reference_costs_fifty_a_page()
    {
        using var measurer = new TextMeasurer();
        var style = new TextStyle(SkiaSharp.SKTypeface.Default, 10, SkiaSharp.SKColors.Black);
        var reference = new LineBox([new PlacedWord(new StyledWord("Figure 1", style, "#fig-a", false, 40), 0)], 20, 16, measurer);
        var figure = new FloatBox([new Block(90, "fig") { Anchor = "fig-a" }], 5, 10, floats: true);
        // The reference on page 1, the figure (90 of 100) waits for page 2 while t joins page 1: one page of drift, and
        // 100 - 20 - 10 = 70 empty on page 1.
        var boxes = new LayoutBox[] { reference, figure, new Block(10, "t") };
        var run = Paginator.Layout(boxes, 100);
        var cost = new LayoutCost(boxes);
        Assert.Equal([1], cost.Drift(run));
        Assert.Equal(70.0 * 70 / 100 + 50, cost.Of(run, 100), 3);
    }

    [Fact]
    public void A_float_taller_than_a_page_is_an_error_naming_it()
    {
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([Figure(150, "figure 'huge'")], 100));
        Assert.Contains("figure 'huge'", error.Message);
    }

    [Fact]
    public void Columns_give_up_whole_words_only_while_the_table_is_too_wide_the_widest_gain_first()
    {
        // Whole words 120 + 60 + 40 = 220 > 200: the first column (gain 70) breaks at its hyphens, the others stay whole.
        Assert.Equal([50f, 60f, 40f], DocumentFlow.Minimums([120, 60, 40], [50, 30, 40], 200));
        Assert.Equal([120f, 60f, 40f], DocumentFlow.Minimums([120, 60, 40], [50, 30, 40], 300));
    }

    [Fact]
    public void Unbreakable_pieces_end_after_inner_hyphens_and_slashes()
    {
        Assert.Equal(["Download/", "s", "22", "September", "2023", "Llama-", "3-", "8B"],
            ShortTableWidths.UnbreakablePieces("Download/s 22 September 2023 Llama-3-8B"));
        Assert.Equal(["-5", "a/"], ShortTableWidths.UnbreakablePieces("-5 a/"));
    }
}
