using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>One test per chart type: render, read the SVG back, check its structure.</summary>
public class ChartTypeTests
{
    // The default palette (Contrast: every colour at least 3:1 against white) and Set2, in series order.
    private const string Default0 = "#1F78B4", Default1 = "#E66100", Single = "#1F78B4";
    private const string Set2First = "#66C2A5", Set2Second = "#FC8D62";

    private static readonly Engine.Frames.Frame Sales = Frame(
        Text("region", "north", "north", "south", "south", "east", "east"),
        Text("kind", "b", "a", "b", "a", "b", "a"),
        Real("amount", 3, 1, 4, 1, 5, 9));

    [Fact]
    public void Stacked_columns_draw_one_bar_per_row_with_colours_in_sorted_order_and_a_legend()
    {
        var svg = Svg(Sales, "{ type: column, x: region, y: amount, color: kind }");
        Assert.Equal(3 + 1, Rects(svg, Default0)); // three bars of 'a' (first in sorted order) plus its legend swatch
        Assert.Equal(3 + 1, Rects(svg, Default1));
        var texts = Texts(svg);
        Assert.Contains("north", texts);
        Assert.Contains("east", texts);
        Assert.Contains("a", texts);
        Assert.Contains("b", texts);
        Assert.Contains("region", texts);
        Assert.Contains("amount", texts);
    }

    [Fact]
    public void Grouped_and_percent_columns_draw_every_bar_and_percent_ticks()
    {
        var grouped = Svg(Sales, "{ type: column, x: region, y: amount, color: { field: kind, palette: Set2 }, stack: grouped }");
        Assert.Equal(4, Rects(grouped, Set2First));
        var percent = Svg(Sales, "{ type: column, x: region, y: amount, color: kind, stack: percent }");
        Assert.Equal(4, Rects(percent, Default1));
        Assert.Contains("100%", Texts(percent));
        Assert.Contains("0%", Texts(percent));
    }

    [Fact]
    public void Horizontal_bars_put_categories_on_the_left_axis_and_label_values()
    {
        var svg = Svg(Sales, "{ type: bar, x: region, y: amount, color: kind, label: amount }");
        Assert.Equal(4, Rects(svg, Default0));
        var texts = Texts(svg);
        Assert.Contains("south", texts);
        Assert.Contains("9", texts);
    }

    [Fact]
    public void Lines_draw_one_path_per_series_with_points()
    {
        var frame = Frame(
            Dates("day", "2024-01-01", "2024-01-02", "2024-01-03", "2024-01-01", "2024-01-02", "2024-01-03"),
            Text("series", "x", "x", "x", "y", "y", "y"),
            Real("value", 1, 2, 3, 3, 2, 1));
        var svg = Svg(frame, "{ type: line, x: { field: day, step: day, format: yyyy-MM-dd }, y: value, color: series, points: true }");
        Assert.True(Strokes(svg, Default0) >= 2); // the series line and its legend line
        Assert.Equal(3, Ellipses(svg, Default1));
        Assert.Contains("2024-01-02", Texts(svg));
    }

    [Fact]
    public void Scatter_draws_each_point_with_transparency_and_a_loess_curve_per_series()
    {
        var xs = Enumerable.Range(0, 20).Select(i => (double?)i).ToArray();
        var frame = Frame(Real("x", xs), Real("y", xs.Select(x => x * x / 10).ToArray()),
            Text("g", xs.Select(x => x < 10 ? "low" : "high").ToArray()));
        var svg = Svg(frame, "{ type: scatter, x: x, y: y, color: g, opacity: 0.5, smooth: { method: loess, span: 0.9 } }");
        var points = svg.Descendants().Where(e => e.Name.LocalName == "ellipse" && (string?)e.Attribute("fill-opacity") is not null).ToArray();
        Assert.Equal(20, points.Length);
        Assert.True(Strokes(svg, Default0) >= 1); // 'high' sorts first: its LOESS curve
        Assert.True(Strokes(svg, Default1) >= 1);
    }

    /// <summary>min_points: the series of 5 points loses its curve, the one of 20 keeps it.</summary>
    [Fact]
    public void A_series_with_fewer_points_than_min_points_gets_no_curve()
    {
        var xs = Enumerable.Range(0, 25).Select(i => (double?)i).ToArray();
        var frame = Frame(Real("x", xs), Real("y", xs.Select(x => x * x / 10).ToArray()),
            Text("g", xs.Select(x => x < 5 ? "few" : "many").ToArray()));
        var all = Svg(frame, "{ type: scatter, x: x, y: y, color: g, smooth: { method: loess, span: 0.9 } }");
        var some = Svg(frame, "{ type: scatter, x: x, y: y, color: g, smooth: { method: loess, span: 0.9, min_points: 10 } }");
        Assert.Equal(Strokes(all, Default0) - 1, Strokes(some, Default0)); // 'few' sorts first
        Assert.Equal(Strokes(all, Default1), Strokes(some, Default1));
        Assert.True(Strokes(some, Default1) >= 1);
    }

    [Fact]
    public void Scatter_points_can_be_squares()
    {
        var xs = Enumerable.Range(0, 12).Select(i => (double?)i).ToArray();
        var svg = Svg(Frame(Real("x", xs), Real("y", xs)), "{ type: scatter, x: x, y: y, opacity: 0.5, point_shape: square }");
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "ellipse" && (string?)e.Attribute("fill-opacity") is not null);
        Assert.Equal(12, svg.Descendants().Count(e => e.Name.LocalName is "rect" or "path" && (string?)e.Attribute("fill-opacity") is not null));
    }

    [Fact]
    public void Stacked_area_draws_one_filled_path_per_series()
    {
        var frame = Frame(Integer("t", 1, 2, 3, 1, 2, 3), Text("g", "a", "a", "a", "b", "b", "b"), Real("v", 1, 2, 3, 2, 2, 2));
        var svg = Svg(frame, "{ type: area, x: t, y: v, color: g }");
        var fills = svg.Descendants().Where(e => e.Name.LocalName == "path" && ((string?)e.Attribute("fill"))?.StartsWith('#') == true).ToArray();
        Assert.Equal(2, fills.Length);
        Assert.Equal(1, Rects(svg, Default0)); // legend swatch
    }

    [Fact]
    public void Histogram_counts_values_in_bins_of_the_declared_width_stacked_by_colour()
    {
        var frame = Frame(Real("v", 0.5, 1.5, 1.7, 2.2, 3.9, 3.1), Text("g", "a", "a", "b", "b", "a", "b"));
        var svg = Svg(frame, "{ type: histogram, x: v, color: g, bin_width: 1 }");
        // a: bins [0,1) [1,2) [3,4) = 3 bars; b: [1,2) [2,3) [3,4) = 3 bars; plus legend swatches.
        Assert.Equal(4, Rects(svg, Default0));
        Assert.Equal(4, Rects(svg, Default1));
        Assert.Contains("Count", Texts(svg));
    }

    [Fact]
    public void A_histogram_of_counted_values_weighed_by_y_draws_the_histogram_of_the_rows_counted()
    {
        // The rows 1, 1, 1, 2, 5, 5 (b: 2) counted in SQL as (1, 3), (2, 1), (5, 2): the same bars, byte for byte.
        var rows = Frame(Integer("v", 1, 1, 1, 2, 5, 5), Text("g", "a", "a", "a", "a", "a", "b"));
        var counted = Frame(Integer("v", 5, 1, 2, 5), Integer("n", 1, 3, 1, 1), Text("g", "a", "a", "a", "b"));
        var expected = Svg(rows, "{ type: histogram, x: v, color: g, bin_width: 1 }").ToString();
        Assert.Equal(expected, Svg(counted, "{ type: histogram, x: v, y: { field: n, title: Count }, color: g, bin_width: 1 }").ToString());
        // A weight of zero or null counts nothing: no bar for 7.
        var withEmpty = Frame(Integer("v", 5, 1, 2, 5, 7, 7), Integer("n", 1, 3, 1, 1, 0, null), Text("g", "a", "a", "a", "b", "a", "a"));
        Assert.Equal(3 + 1, Rects(Svg(withEmpty, "{ type: histogram, x: v, y: n, color: g, bin_width: 1 }"), Default0));
    }

    [Fact]
    public void A_histogram_s_weight_must_be_a_number()
    {
        var frame = Frame(Integer("v", 1, 2), Text("n", "x", "y"));
        var error = Assert.Throws<Engine.Charts.ChartException>(() => Svg(frame, "{ type: histogram, x: v, y: n }"));
        Assert.Contains("a histogram's y is each row's weight (a count), but 'n' holds text values; leave y's field out to count rows", error.Message);
    }

    [Fact]
    public void Density_draws_one_curve_per_series()
    {
        var frame = Frame(Real("v", 1, 2, 2.5, 3, 7, 8, 8.5, 9), Text("g", "a", "a", "a", "a", "b", "b", "b", "b"));
        var svg = Svg(frame, "{ type: density, x: v, color: { field: g, palette: Set2 } }");
        Assert.Equal(1, Strokes(svg, Set2First));
        Assert.Equal(1, Strokes(svg, Set2Second));
        Assert.Contains("Density", Texts(svg));
    }

    [Fact]
    public void Heatmap_draws_a_cell_per_row_with_labels()
    {
        var frame = Frame(Text("x", "a", "a", "b", "b"), Text("y", "p", "q", "p", "q"), Real("n", 1, 2, 3, 4));
        var svg = Svg(frame, "{ type: heatmap, x: x, y: y, value: n, cell_labels: true }");
        var cells = svg.Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("stroke") == "white");
        Assert.Equal(4, cells);
        var texts = Texts(svg);
        foreach (var label in new[] { "1", "2", "3", "4", "p", "q" }) Assert.Contains(label, texts);
    }

    [Fact]
    public void Correlation_matrix_labels_each_cell_with_its_coefficient()
    {
        var frame = Frame(Real("a", 1, 2, 3, 4, 5), Real("b", 2, 4, 6, 8, 10), Real("c", 5, 4, 3, 2, 1));
        var svg = Svg(frame, "{ type: correlation, columns: [a, b, c] }");
        var texts = Texts(svg);
        Assert.Equal(5, texts.Count(t => t == "1.00")); // the diagonal, and a with b
        Assert.Equal(4, texts.Count(t => t == "-1.00"));
    }

    [Fact]
    public void A_coefficient_on_a_pale_cell_is_labelled_in_black_and_on_a_dark_cell_in_white()
    {
        // a = 1, 2, 3, 4 (mean 2.5) and b = 1, -1, -1, 1 (mean 0): the products of deviations are -1.5, 0.5, -0.5, 1.5,
        // which sum to 0, so r = 0: the middle of the diverging ramp, a near white whose label must be black. The
        // diagonal's 1.00 is the ramp's dark end, labelled in white.
        var frame = Frame(Real("a", 1, 2, 3, 4), Real("b", 1, -1, -1, 1));
        var labels = Svg(frame, "{ type: correlation, columns: [a, b] }").Descendants().Where(e => e.Name.LocalName == "text").ToArray();
        // Skia leaves out a fill of black, SVG's initial value.
        string[] Fills(string text) => labels.Where(t => t.Value.Trim() == text).Select(t => (string?)t.Attribute("fill") ?? "black").ToArray();
        Assert.Equal(["black", "black"], Fills("0.00"));
        Assert.Equal(["white", "white"], Fills("1.00"));
    }

    [Fact]
    public void A_segment_chart_names_the_missing_y_field()
    {
        var frame = Frame(Text("name", "p", "q"), Real("v", 3, 2), Real("w", 4, 5));
        var error = Assert.Throws<Engine.Charts.ChartException>(() => Svg(frame, "{ type: segment, x: v, xend: w, y: nope }"));
        Assert.Contains("'y' names the field 'nope', but the frame has: name, v, w", error.Message);
    }

    [Fact]
    public void A_segment_chart_names_the_missing_yend_field()
    {
        var frame = Frame(Text("name", "p", "q"), Real("v", 3, 2), Real("w", 4, 5));
        var error = Assert.Throws<Engine.Charts.ChartException>(() => Svg(frame, "{ type: segment, x: v, xend: w, y: v, yend: nope }"));
        Assert.Contains("'yend' names the field 'nope', but the frame has: name, v, w", error.Message);
    }

    [Fact]
    public void Lollipops_and_segments_draw_a_stem_per_row()
    {
        var frame = Frame(Text("name", "p", "q", "r"), Real("v", 3, 2, 1), Real("w", 4, 5, 6));
        var lollipop = Svg(frame, "{ type: lollipop, x: name, y: v, fill: '#1F78B4' }");
        Assert.Equal(3, Strokes(lollipop, Single));
        Assert.Equal(3, Ellipses(lollipop, Single));
        var segments = Svg(frame, "{ type: segment, x: v, xend: w, y: name, fill: '#1F78B4' }");
        Assert.Equal(3, Strokes(segments, Single));
    }

    [Fact]
    public void Columns_on_a_date_scale_shade_each_column_and_show_a_titled_colour_bar()
    {
        var frame = Frame(Integer("size", 1, 2, 3), Real("best", 50, 60, 70), Dates("when", "2023-01-01", "2023-06-01", "2024-01-01"));
        var svg = Svg(frame, "{ type: column, x: size, y: best, color: { field: when, scale: date, title: Created } }");
        Assert.Equal(1, Rects(svg, "#A020F0")); // the oldest column
        Assert.Equal(1, Rects(svg, "#5D9B5D")); // the newest: the paper's light green (#90EE90) darkened to 3:1 on white
        // The bar: dozens of strips from purple to green, titled, its ends labelled with the scale's dates.
        var strips = svg.Descendants().Count(e => e.Name.LocalName == "rect" && ((string?)e.Attribute("fill"))?.StartsWith('#') == true);
        Assert.True(strips >= 60, $"{strips} filled rectangles");
        var texts = Texts(svg);
        Assert.Contains("Created", texts);
        Assert.Contains("2023-01-01", texts);
        Assert.Contains("2024-01-01", texts);
    }

    [Fact]
    public void Columns_coloured_by_a_date_field_take_the_date_ramp_without_being_told()
    {
        // The same frame as above with no scale: a date field still shades from purple (oldest) to green (newest),
        // not along viridis (#440154 to #FDE725), the ramp of a number field.
        var frame = Frame(Integer("size", 1, 2, 3), Real("best", 50, 60, 70), Dates("when", "2023-01-01", "2023-06-01", "2024-01-01"));
        var svg = Svg(frame, "{ type: column, x: size, y: best, color: when }");
        Assert.Equal(1, Rects(svg, "#A020F0")); // the oldest column, as with scale: date above
        Assert.Equal(1, Rects(svg, "#5D9B5D")); // the newest
        Assert.Equal(0, Rects(svg, "#440154"));
    }
}
