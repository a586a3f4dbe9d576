using System.Globalization;
using System.Xml.Linq;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>Point labels keep clear of the lines drawn on the plot (series lines, steps), as ggrepel keeps them clear of
/// the data, and a capped label encoding names every series' best before the rest.</summary>
public sealed class LabelClearOfLinesTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Labels_of_points_just_under_a_line_do_not_sit_on_it()
    {
        // A flat line at y = 50 (its end points unlabelled) and three labelled points one unit under it: the first place a
        // label tries, centred above its point, lies across the line.
        var frame = Frame(Real("x", 0, 100, 20, 50, 80), Real("y", 50, 50, 49, 49, 49),
            Text("s", "line", "line", "points", "points", "points"), Text("name", null, null, "first", "second", "third"));
        using var graphic = Build(frame, "{ type: line, x: { field: x, type: number, min: 0, max: 100 }, y: { field: y, min: 0, max: 100 }, color: s, label: name, points: true, legend: none }");
        Assert.Empty(graphic.Warnings);
        var svg = XDocument.Parse(graphic.ToSvg());
        // The flat line: the path stroked in the first series' colour, read back from the SVG (M x y L x y).
        var path = svg.Descendants(Svg + "path").First(p => (string?)p.Attribute("stroke") == "#1F78B4");
        var lineY = double.Parse(((string)path.Attribute("d")!).Split('L')[1].Split(' ')[1], CultureInfo.InvariantCulture);
        var halfStroke = double.Parse((string)path.Attribute("stroke-width")!, CultureInfo.InvariantCulture) / 2;
        var labels = svg.Descendants(Svg + "text").Where(t => t.Value.Trim() is "first" or "second" or "third").ToArray();
        Assert.Equal(3, labels.Length);
        foreach (var label in labels)
        {
            // The text's box from its baseline and size, generously: a full em above the baseline, a quarter below.
            var baseline = double.Parse(((string)label.Attribute("y")!).Split(',')[0], CultureInfo.InvariantCulture);
            var size = double.Parse((string)label.Attribute("font-size")!, CultureInfo.InvariantCulture);
            var (top, bottom) = (baseline - size, baseline + size / 4);
            Assert.False(top < lineY + halfStroke && bottom > lineY - halfStroke,
                $"'{label.Value.Trim()}' spans y {top:0.0}..{bottom:0.0}, across the line at y {lineY:0.0}");
        }
    }

    [Fact]
    public void A_label_whose_every_leader_would_cross_a_line_is_left_out_and_reported()
    {
        // A point between two lines a few pixels apart, across the whole plot: every box near it lies across a line, and
        // every box further out needs a leader across one (above or below), which would seem to point at that line.
        var frame = Frame(Real("x", 0, 100, 0, 100, 50), Real("y", 51, 51, 49, 49, 50),
            Text("s", "upper", "upper", "lower", "lower", "point"), Text("name", null, null, null, null, "boxed in"));
        using var graphic = Build(frame, "{ type: line, x: { field: x, type: number, min: 0, max: 100 }, y: { field: y, min: 0, max: 100 }, color: s, label: name, points: true, legend: none }");
        Assert.DoesNotContain("boxed in", Texts(XDocument.Parse(graphic.ToSvg())));
        Assert.Contains(graphic.Warnings, w => w.Message.Contains("boxed in"));
    }

    [Fact]
    public void A_capped_label_encoding_names_each_series_best_before_the_other_high_points()
    {
        // Series a holds the three highest points (90, 80, 70), series b only low ones (30, 20): with room for two names
        // (most: 2), a's best and b's best are named, not a's two highest.
        var frame = Frame(Real("x", 10, 30, 50, 70, 90), Real("y", 90, 80, 70, 30, 20), Text("s", "a", "a", "a", "b", "b"),
            Text("name", "a90", "a80", "a70", "b30", "b20"));
        using var graphic = Build(frame, "{ type: scatter, x: { field: x, min: 0, max: 100 }, y: { field: y, min: 0, max: 100 }, color: s, label: { field: name, most: 2 }, legend: none }");
        var names = Texts(XDocument.Parse(graphic.ToSvg())).Where(t => t is "a90" or "a80" or "a70" or "b30" or "b20").Order().ToArray();
        Assert.Equal(["a90", "b30"], names);
    }

    [Theory]
    [InlineData(0, 0, 10, 10, 0, 10, 10, 0, true)] // an X
    [InlineData(0, 0, 10, 10, 5, 5, 10, 0, false)] // one ends on the other: they touch
    [InlineData(0, 0, 10, 0, 0, 1, 10, 1, false)] // parallel
    [InlineData(0, 0, 10, 0, 2, 0, 8, 0, false)] // along one line
    [InlineData(0, 0, 4, 4, 6, 0, 10, -4, false)] // apart
    [InlineData(0, 0, 10, 0, 5, -1, 5, 1, true)] // a short one across a long one
    public void Two_leaders_cross_only_where_each_passes_through_the_other(float ax, float ay, float bx, float by, float cx, float cy, float dx, float dy, bool cross) =>
        Assert.Equal(cross, Engine.Charts.LabelLayer.SegmentsCross(new(ax, ay), new(bx, by), new(cx, cy), new(dx, dy)));
}
