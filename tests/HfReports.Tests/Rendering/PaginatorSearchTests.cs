using HfReports.Engine.Rendering.Pdf;

namespace HfReports.Tests.Rendering;

/// <summary>
/// The search over the choices a pass meets (<see cref="Paginator"/>), layout by layout, each worked out by hand: the
/// default pass, the cost of each choice taken the other way (squared empty feet / 100; no float here is referenced,
/// so no drift), and which change the descent keeps. A change is kept only when it saves more than half a point,
/// alone or with one of the choices met after it; the choices are gone through twice. Page 100; figures (`Fig`) and
/// tables (`Table`) float with 5 pt above and 10 below (none above at a page's top or stacked under floats there).
/// </summary>
public sealed class PaginatorSearchTests
{
    private sealed class Block(float height, string name) : LayoutBox
    {
        public override float Height => height;
        public override void Draw(PageContext page, float x, float y, float width) { }
        public override string ToString() => name;
    }

    private static Block B(float height, string name) => new(height, name);

    private static FloatBox Fig(float height, string name) => new([new Block(height, name)], spaceBefore: 5, spaceAfter: 10, floats: true);

    private static FloatBox Table(float height, string name) =>
        new([new Block(height, name)], spaceBefore: 5, spaceAfter: 10, floats: true) { IsTable = true };

    private static string[][] Layout(params LayoutBox[] boxes) =>
        Paginator.Paginate(boxes, 100).Select(page => page.Select(p => $"{(p.Box is FloatBox f ? f.Parts[0] : p.Box)}@{p.Y:0.##}").ToArray()).ToArray();

    [Fact]
    public void A_layout_without_a_hole_is_kept_against_one_that_costs_a_little_more()
    {
        // Default: figA at the top (ends at 30, 10 below), figB under it at 45 fills the page to 100, figC waits for
        // page 2: no hole, cost 0. Deferring figA stacks figA and figB at the top of the first page with no space
        // between (figB at 40): a 5 pt hole, 0.25. Dearer: the default stands.
        Assert.Equal([["figA@0", "figB@45"], ["figC@0"]], Layout(Fig(30, "figA"), Fig(55, "figB"), Fig(75, "figC")));
    }

    [Fact]
    public void A_change_that_saves_exactly_half_a_point_is_not_taken()
    {
        // Default: figA at the top (to 85), t1 fills page 1, t2 (70) and t3 (55) a page each: a 30 pt hole, cost 9.
        // Deferring figA: t1 and t2 end page 1 at 85 (15 pt: 2.25), figA takes page 2 to 75 as t3 does not fit under
        // it (25 pt: 6.25), t3 page 3: 8.5, half a point less. No other choice is met: the default stands.
        Assert.Equal([["figA@0", "t1@85"], ["t2@0"], ["t3@0"]], Layout(Fig(75, "figA"), B(15, "t1"), B(70, "t2"), B(55, "t3")));
    }

    [Fact]
    public void A_pair_of_choices_of_equal_cost_does_not_replace_the_default()
    {
        // Default: figA at the top (to 45, 10 below), tabA does not fit under it (55 + 5 + 45) and waits, t1 at 55:
        // page 1 ends at 85 (2.25), tabA on page 2. Deferring figA alone: tabA may not pass it by default, t1 opens
        // page 1 alone (70 pt: 49). With tabA passing figA as well: tabA at the top, t1 at 55, figA on page 2: 2.25
        // again, no saving: the default stands.
        Assert.Equal([["figA@0", "t1@55"], ["tabA@0"]], Layout(Fig(45, "figA"), Table(45, "tabA"), B(30, "t1")));
    }

    [Fact]
    public void A_pair_of_choices_that_saves_exactly_half_a_point_is_not_taken()
    {
        // Default: t1, figA at 35 (page 1 ends at 90: 1), figB and tabA at the top of page 2 (to 100), tabB on page 3:
        // cost 1. Deferring figA alone: figB waits behind it, tabA and tabB behind them: t1 alone on page 1 (49.25 in
        // all). With tabA passing the waiting figures as well: t1, tabA at 35 (page 1 to 95: 0.25), figA and figB at
        // the top of page 2 (to 95: 0.25), tabB on page 3: 0.5, half a point less than the default, which stands.
        Assert.Equal([["t1@0", "figA@35"], ["figB@0", "tabA@40"], ["tabB@0"]],
            Layout(B(30, "t1"), Fig(55, "figA"), Fig(30, "figB"), Table(60, "tabA"), Table(5, "tabB")));
    }

    [Fact]
    public void A_choice_that_pays_only_once_another_was_undone_is_found_in_the_second_pass()
    {
        // Default: figA at the top, tabA under it at 40 (to 50), t1 (60) on page 2: a 50 pt hole, 25. First pass:
        // deferring figA (tabA then waits behind it) puts t1 alone on page 1 and both floats on page 2: 40 pt, 16,
        // kept; deferring tabA as well changes nothing more. Second pass: undoing figA's deferral alone goes back to
        // 25, but with tabA deferred as well t1 fits under figA (page 1 to 95: 0.25), kept.
        Assert.Equal([["figA@0", "t1@35"], ["tabA@0"]], Layout(Fig(25, "figA"), Table(10, "tabA"), B(60, "t1")));
    }

    [Fact]
    public void The_first_cheaper_pair_is_kept_and_the_second_pass_goes_on_from_it()
    {
        // Default: figA at the top (to 40, 10 below), tabA (75) and figB wait (figB may not pass tabA by default):
        // pages figA, tabA (to 75), figB: 50 and 25 pt holes, 27.25. First pass: deferring figA alone costs as much;
        // with tabA passing figA: tabA at the top (to 75: 6.25), figA and figB on page 2: kept, and no other pair is
        // tried on top of that choice. Second pass: undoing figA's deferral with figB passing tabA: figA, figB at 55
        // (to 100), tabA on page 2: cost 0, kept. (Trying the next pair after a kept one would first keep figB
        // passing tabA at the top of a page, stacked at 50, and end at 0.25.)
        Assert.Equal([["figA@0", "figB@55"], ["tabA@0"]], Layout(Fig(40, "figA"), Table(75, "tabA"), Fig(45, "figB")));
    }

    [Fact]
    public void The_choices_are_gone_through_twice_and_no_more()
    {
        // Default: tabA alone on page 1 (to 45: 30.25), t1, figA at 70 and figB at 95 on page 2. First pass: deferring
        // tabA puts t1 alone on page 1 (to 65: 12.25), the floats behind tabA on page 2: kept. Second pass: figA passing
        // the waiting tabA stands under t1 at 70 (to 80: 4), tabA and figB on page 2: kept. figB passing tabA as well is
        // met only in that pass's last layout; a third pass would take it (page 1 full, cost 0), but the search stops
        // after two passes, which keeps its work linear in the number of choices.
        Assert.Equal([["t1@0", "figA@70"], ["tabA@0", "figB@55"]], Layout(Table(45, "tabA"), B(65, "t1"), Fig(10, "figA"), Fig(5, "figB")));
    }
}
