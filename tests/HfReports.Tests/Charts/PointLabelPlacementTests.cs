using System.Globalization;
using System.Xml.Linq;
using HfReports.Engine.Charts;
using SkiaSharp;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>Where point labels go, checked against positions worked out by hand from the ggrepel-like rules: boxes one
/// text height (the font size, 6 px here) tall, 2 px from the point above, 3 px beside it, tried above, right, left,
/// below, then further out (2 + 1.5 * 6 = 11 px) with a leader; a label may touch its own point but no other; and the
/// segment tests the placement relies on.</summary>
public sealed class PointLabelPlacementTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Point labels are 0.75 of the figure's 8 pt: 6 px; the text's baseline lies 0.22 * 6 = 1.32 px above the
    /// bottom of its box.</summary>
    private const float FontSize = 6;
    private const double Descent = 1.32;

    private static float Width(string text) => new SKFont(Fonts.Serif, FontSize).MeasureText(text);

    private static double Number(string s) => double.Parse(s.Trim().TrimEnd(','), CultureInfo.InvariantCulture);

    private sealed record Scatter(XDocument Svg, IReadOnlyList<(double X, double Y)> Points)
    {
        public (double X, double Baseline) Text(string value)
        {
            // Tick labels are placed by a transform; labels at points by their own x and y.
            var text = Assert.Single(Svg.Descendants(Ns + "text"), t => t.Value.Trim() == value && t.Attribute("transform") is null);
            Assert.Equal(FontSize, Number((string)text.Attribute("font-size")!), 0.001);
            return (Number(((string)text.Attribute("x")!).Split(',')[0]), Number(((string)text.Attribute("y")!).Split(',')[0]));
        }

        /// <summary>Leaders: lines 0.4 px wide (Skia writes "M x1 y1L x2 y2").</summary>
        public IReadOnlyList<double[]> Leaders => Svg.Descendants(Ns + "path").Where(p => (string?)p.Attribute("stroke-width") == "0.40000001")
            .Select(p => ((string)p.Attribute("d")!).TrimStart('M').Split('L').SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Number).ToArray())
            .ToArray();
    }

    /// <summary>A scatter over 0..100 on both axes (about 3.8 px a unit across, 1.7 px up), the first point labelled.</summary>
    private static Scatter Draw(string label, params (double X, double Y)[] points)
    {
        var frame = Frame(Real("x", points.Select(p => (double?)p.X).ToArray()), Real("y", points.Select(p => (double?)p.Y).ToArray()),
            Text("name", points.Select((_, i) => i == 0 ? label : null).ToArray()));
        using var graphic = Build(frame, "{ type: scatter, x: { field: x, min: 0, max: 100 }, y: { field: y, min: 0, max: 100 }, label: name }");
        Assert.Empty(graphic.Warnings);
        var svg = XDocument.Parse(graphic.ToSvg());
        var drawn = svg.Descendants(Ns + "ellipse").Select(e => (X: Number((string)e.Attribute("cx")!), Y: Number((string)e.Attribute("cy")!))).ToArray();
        // The points in the frame's order: each the drawn disc nearest where the plot's frame puts it (the discs may be
        // drawn in another order).
        var clip = svg.Descendants(Ns + "clipPath").First().Element(Ns + "rect")!;
        var (left, top) = (Number((string)clip.Attribute("x")!), Number((string)clip.Attribute("y")!));
        var (width, height) = (Number((string)clip.Attribute("width")!), Number((string)clip.Attribute("height")!));
        var ordered = points.Select(p => (X: left + p.X / 100 * width, Y: top + (1 - p.Y / 100) * height))
            .Select(p => drawn.MinBy(d => Math.Abs(d.X - p.X) + Math.Abs(d.Y - p.Y))).ToArray();
        return new Scatter(svg, ordered);
    }

    [Fact]
    public void A_label_with_room_is_centred_above_its_point_without_a_leader()
    {
        // The first box: centred on the point (x - w/2), its bottom 2 px above the point, so the baseline is 3.32 px above.
        var drawing = Draw("middle", (50, 50));
        var (x, y) = drawing.Points[0];
        Assert.Equal((x - Width("middle") / 2, y - 2 - Descent), drawing.Text("middle"), new Near());
        Assert.Empty(drawing.Leaders);
    }

    [Fact]
    public void A_label_in_the_top_right_corner_goes_left_of_its_point()
    {
        // The point at (98, 98) lies 7.6 px from the plot's right edge and 3.4 px under its top: above (8 px tall box
        // 2 px up) leaves the plot, and so does right (a 31 px text from 3 px right of the point); left fits: the text ends
        // 3 px left of the point, its box (6 px) centred on it, so the baseline is 3 - 1.32 = 1.68 px below the point.
        var drawing = Draw("corner", (98, 98));
        var (x, y) = drawing.Points[0];
        Assert.Equal((x - 3 - Width("corner"), y + 3 - Descent), drawing.Text("corner"), new Near());
    }

    [Fact]
    public void A_label_boxed_in_by_other_points_goes_further_out_above_with_a_leader_from_its_point()
    {
        // Unlabelled points about 5 px left, right, above and below (1.32 units across, 2.94 up): their 2.5 px discs
        // block every box of the first ring (all within 2-8 px of the point). The next ring is 2 + 1.5 * 6 = 11 px out:
        // above, the baseline 12.32 px over the point, and a leader from the point straight up to the box (11 px, over 6).
        var drawing = Draw("boxed", (50, 50), (48.68, 50), (51.32, 50), (50, 52.94), (50, 47.06));
        var (x, y) = drawing.Points[0];
        Assert.All(drawing.Points.Skip(1), p => Assert.InRange(Math.Sqrt((p.X - x) * (p.X - x) + (p.Y - y) * (p.Y - y)), 4.5, 5.5));
        Assert.Equal((x - Width("boxed") / 2, y - 11 - Descent), drawing.Text("boxed"), new Near());
        var leader = Assert.Single(drawing.Leaders);
        Assert.Equal([x, y, x, y - 11], leader, new Tolerance());
    }

    [Theory]
    [InlineData(0.72, 0)] // another point 2.74 px right: its disc reaches 0.24 px right of this point, within the 0.5 px allowed
    [InlineData(-0.72, 0)] // 2.74 px left
    [InlineData(0, 1.6)] // 2.72 px above: the box above touches its disc
    public void A_label_may_touch_a_mark_its_point_lies_on_but_a_mark_a_little_further_off_pushes_it_aside(double dx, double dy)
    {
        // A mark "holds" the label's point when the point lies within the mark's box (a point's 2.5 px disc) widened by
        // 0.5 px: a second point under 3 px away holds it, and the label may overlap that disc: it stays centred above.
        var close = Draw("held", (50, 50), (50 + dx, 50 + dy));
        var (x, y) = close.Points[0];
        var (ox, oy) = close.Points[1];
        Assert.InRange(Math.Abs(ox - x) + Math.Abs(oy - y), 2.6, 2.9);
        Assert.Equal((x - Width("held") / 2, y - 2 - Descent), close.Text("held"), new Near());
        // Twice as far (5.5 px) the other disc, still under the box above or beside, does not hold the point: the label
        // moves to a box clear of it (right of the point when the mark is left or above, left when it is right).
        var far = Draw("held", (50, 50), (50 + 2 * dx, 50 + 2 * dy));
        var (fx, fy) = far.Points[0];
        var expected = dx > 0 ? (fx - 3 - Width("held"), fy + 3 - Descent) : (fx + 3, fy + 3 - Descent);
        Assert.Equal(expected, far.Text("held"), new Near());
    }

    [Fact]
    public void A_value_label_of_a_horizontal_bar_stands_right_of_the_bars_end()
    {
        // Horizontal bars try right first: the label starts 3 px past the bar's end, its 6 px box centred on the bar, so
        // the baseline lies 3 - 1.32 = 1.68 px below the bar's middle. (Above the bar's end, the first try for vertical
        // charts, would be free too.)
        using var graphic = Build(Frame(Text("owner", "a", "b"), Real("n", 10, 20)), "{ type: bar, x: owner, y: n, label: n }");
        var svg = XDocument.Parse(graphic.ToSvg());
        var bars = svg.Descendants(Ns + "rect").Where(r => (string?)r.Attribute("fill") == "#1F78B4")
            .Select(r => (Right: Number((string)r.Attribute("x")!) + Number((string)r.Attribute("width")!),
                Middle: Number((string)r.Attribute("y")!) + Number((string)r.Attribute("height")!) / 2)).ToArray();
        var drawing = new Scatter(svg, []);
        foreach (var (value, right) in new[] { ("10", bars.Min(b => b.Right)), ("20", bars.Max(b => b.Right)) })
        {
            var middle = bars.Single(b => b.Right == right).Middle;
            Assert.Equal((right + 3, middle + 3 - Descent), drawing.Text(value), new Near());
        }
    }

    // The rectangle 10..20 across and down (SKRect: left, top, right, bottom).
    [Theory]
    [InlineData(12, 12, 18, 18, true)] // wholly inside
    [InlineData(0, 15, 30, 15, true)] // straight across, horizontally
    [InlineData(15, 0, 15, 30, true)] // straight across, vertically
    [InlineData(30, 15, 0, 15, true)] // across, from right to left
    [InlineData(0, 15, 15, 15, true)] // ending inside
    [InlineData(15, 15, 15, 40, true)] // starting inside, leaving through the bottom
    [InlineData(0, 15, 9, 15, false)] // stopping 1 px short of the left edge
    [InlineData(21, 15, 30, 15, false)] // starting 1 px past the right edge
    [InlineData(15, 21, 15, 30, false)] // below the bottom edge, vertical
    [InlineData(15, 0, 15, 9, false)] // above the top edge, vertical
    [InlineData(0, 5, 30, 5, false)] // parallel to the top edge, above it
    [InlineData(0, 25, 30, 25, false)] // parallel to the bottom edge, below it
    [InlineData(5, 0, 5, 30, false)] // parallel to the left edge, left of it
    [InlineData(25, 0, 25, 30, false)] // parallel to the right edge, right of it
    [InlineData(0, 19, 19, 0, false)] // x + y = 19 passes the corner (10, 10), where x + y = 20: each edge's slab is met, their parts never overlap
    [InlineData(0, 20, 20, 0, true)] // x + y = 20 touches the corner (10, 10)
    [InlineData(5, 5, 25, 25, true)] // the diagonal through both corners
    [InlineData(15, 15, 15, 15, true)] // a point inside
    [InlineData(5, 15, 5, 15, false)] // a point outside
    public void A_segment_crosses_a_rectangle_only_where_part_of_it_lies_inside(float ax, float ay, float bx, float by, bool crosses)
    {
        var rect = new SKRect(10, 10, 20, 20);
        Assert.Equal(crosses, LabelLayer.Crosses(rect, new SKPoint(ax, ay), new SKPoint(bx, by)));
    }

    [Theory]
    [InlineData(0, 0, 4, 0, 5, -1, 5, 1, false)] // c-d crosses a-b's line, but past b's end
    [InlineData(5, -1, 5, 1, 0, 0, 4, 0, false)] // the same, the other way round
    [InlineData(0, 0, 4, 4, 0, 4, 4, 0, true)] // an X of diagonals meeting at (2, 2)
    [InlineData(0, 0, 4, 4, 4, 0, 0, 4, true)] // the same, c and d swapped
    [InlineData(0, 0, 10, 0, 3, 1, 7, 2, false)] // both ends of c-d on one side
    [InlineData(0, 0, 10, 0, 3, -1, 7, -2, false)] // both on the other side
    [InlineData(0, 0, 10, 0, 10, -1, 10, 1, false)] // c-d through b: touching, not crossing
    public void Two_segments_cross_only_where_each_one_separates_the_others_ends(float ax, float ay, float bx, float by, float cx, float cy, float dx, float dy, bool cross) =>
        Assert.Equal(cross, LabelLayer.SegmentsCross(new(ax, ay), new(bx, by), new(cx, cy), new(dx, dy)));

    private sealed class Near : IEqualityComparer<(double X, double Y)>
    {
        public bool Equals((double X, double Y) a, (double X, double Y) b) => Math.Abs(a.X - b.X) < 0.02 && Math.Abs(a.Y - b.Y) < 0.02;
        public int GetHashCode((double X, double Y) p) => 0;
    }

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) < 0.02;
        public int GetHashCode(double d) => 0;
    }
}
