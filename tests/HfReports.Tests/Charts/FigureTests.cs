using System.Globalization;
using System.Xml.Linq;
using HfReports.Engine.Charts;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>Figure-level behaviour: stacked panels, one legend, determinism, PNG, robustness.</summary>
public class FigureTests
{
    private static Engine.Frames.Frame Weekly() => Frame(
        Dates("week", "2024-01-07", "2024-01-07", "2024-01-14", "2024-01-14", "2024-01-21"),
        Text("type", "chat", "base", "chat", "base", "chat"),
        Real("n", 5, 2000, 7, 3, 12));

    [Fact]
    public void Stacked_panels_share_one_left_edge_and_one_legend()
    {
        using var graphic = Build(Weekly(),
            "{ type: column, x: { field: week, step: week }, y: n, color: type, bar_width: 6 }",
            "{ type: column, x: { field: week, step: week }, y: { field: n, title: share, format: '0.000000' }, color: type, stack: percent, bar_width: 6 }");
        var svg = XDocument.Parse(graphic.ToSvg());
        Assert.Equal(2, Panels(svg));
        // Both panels list the same entries: the legend is drawn once (one swatch per type).
        Assert.Equal(1, Texts(svg).Count(t => t == "chat"));
        // The data areas start at the same x although the tick labels differ in width ("2,000" vs "1.000000").
        var lefts = graphic.Panels.Select(p => p.Plot.LastRender.DataRect.Left).ToArray();
        Assert.Equal(lefts[0], lefts[1], 3);
        var rights = graphic.Panels.Select(p => p.Plot.LastRender.DataRect.Right).ToArray();
        Assert.Equal(rights[0], rights[1], 3);
        // Only the last panel labels the shared x axis.
        Assert.Equal(1, Texts(svg).Count(t => t == "2024-01-14"));
    }

    [Fact]
    public void The_same_frame_gives_the_same_svg_bytes()
    {
        const string chart = "{ type: scatter, x: week, y: n, color: type, smooth: linear, annotations: [{ vline: 2024-01-10, label: release }] }";
        var first = Build(Weekly(), chart).ToSvg();
        var second = Build(Weekly(), chart).ToSvg();
        Assert.Equal(first, second);
        Assert.Contains("fig_c1", first);
        Assert.DoesNotContain("\"cl_", first);
    }

    [Fact]
    public void Png_has_the_size_the_resolution_asks_for()
    {
        using var graphic = Build(Weekly(), "{ type: line, x: week, y: n, color: type }");
        var png = graphic.ToPng(144);
        Assert.Equal(0x89, png[0]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal((int)Math.Ceiling(6 * 144.0), width);
    }

    [Fact]
    public void Empty_frame_and_all_null_columns_draw_a_no_data_panel()
    {
        var empty = Frame(Real("x"), Real("y"));
        Assert.Contains("no data", Texts(Svg(empty, "{ type: scatter, x: x, y: y }")));
        var nulls = Frame(Text("name", "a", "b"), Text("value", null, null));
        Assert.Contains("no data", Texts(Svg(nulls, "{ type: column, x: name, y: value }")));
        Assert.Contains("no data", Texts(Svg(nulls, "{ type: line, x: value, y: value }")));
        Assert.Contains("no data", Texts(Svg(empty, "{ type: area, x: x, y: y }")));
    }

    [Fact]
    public void A_single_point_renders()
    {
        var one = Frame(Real("x", 1), Real("y", 2));
        var svg = Svg(one, "{ type: scatter, x: x, y: y, fill: '#1F78B4', smooth: loess }");
        Assert.Equal(1, Ellipses(svg, "#1F78B4"));
        Assert.Equal(1, Rects(Svg(Frame(Text("x", "only"), Real("y", 2)), "{ type: column, x: x, y: y, fill: '#1F78B4' }"), "#1F78B4"));
    }

    [Fact]
    public void Thousands_of_categories_are_refused_with_a_message_naming_the_field()
    {
        var names = Enumerable.Range(0, 3000).Select(i => "m" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var frame = Frame(Text("model", names), Real("score", names.Select(_ => (double?)1).ToArray()));
        var error = Assert.Throws<ChartException>(() => Build(frame, "{ type: column, x: model, y: score }"));
        Assert.Contains("'model' has 3000 categories", error.Message);
        Assert.Contains("Other", error.Message);
        Assert.Equal("test.yaml", error.Location.File);
    }

    [Fact]
    public void Long_labels_are_shortened_with_an_ellipsis()
    {
        var longName = new string('x', 80);
        var svg = Svg(Frame(Text("name", longName, "short"), Real("v", 1, 2)), "{ type: column, x: name, y: v }");
        Assert.Contains(Texts(svg), t => t.EndsWith('…') && t.Length == LabelText.DefaultMaxLength);
    }

    [Fact]
    public void A_missing_field_names_the_frame_columns()
    {
        var error = Assert.Throws<ChartException>(() => Build(Weekly(), "{ type: line, x: week, y: nope }"));
        Assert.Contains("'nope'", error.Message);
        Assert.Contains("week, type, n", error.Message);
    }

    [Fact]
    public void A_reference_line_at_no_category_of_a_category_axis_says_to_name_one()
    {
        var frame = Frame(Text("model", "alpha", "beta"), Real("score", 1, 2));
        var error = Assert.Throws<ChartException>(() => Build(frame, "{ type: column, x: model, y: score, annotations: [{ vline: nope }] }"));
        Assert.Contains("the annotation position 'nope' cannot be placed on the x axis (category: name one of its categories)", error.Message);
    }

    [Fact]
    public void Reference_lines_and_ranges_are_drawn_with_their_labels()
    {
        var svg = Svg(Weekly(), "{ type: line, x: week, y: n, fill: '#1F78B4', annotations: [" +
            "{ vline: 2024-01-10, label: Release, color: '#D01010' }, { hline: 1000, label: target }, { xrange: [2024-01-12, 2024-01-16], label: window } ] }");
        var texts = Texts(svg);
        Assert.Contains("Release", texts);
        Assert.Contains("target", texts);
        Assert.Contains("window", texts);
        Assert.Equal(2, Paths(svg, "#D01010")); // the line, and the leader from its label above the plot
    }

    [Fact]
    public void Log_axes_label_decades()
    {
        var svg = Svg(Frame(Real("x", 1, 2, 3), Real("y", 1, 100, 10000)), "{ type: line, x: x, y: { field: y, scale: log } }");
        var texts = Texts(svg);
        Assert.Contains("100", texts);
        Assert.Contains("10,000", texts);
    }
}
