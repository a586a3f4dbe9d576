using ScottPlot;
using ScottPlot.Plottables;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>
/// What a chart's <c>smooth:</c> puts on the plot, read back from the drawn plot: one line per series and statistic
/// through the values the statistic's definition gives (worked out here), in the declared or the series' colour and
/// style, and none for a series too small to smooth.
/// </summary>
public sealed class StatisticsDrawingTests
{
    private static readonly Color SeriesBlue = Color.FromHex("#1F78B4"), SeriesOrange = Color.FromHex("#E66100");

    /// <summary>The lines a smoother drew: scatter plottables without markers.</summary>
    private static Scatter[] TrendLines(Engine.Charts.FigureGraphic graphic) =>
        graphic.Panels.Single().Plot.GetPlottables().OfType<Scatter>().Where(s => s.MarkerSize == 0).ToArray();

    private static readonly Engine.Frames.Frame Line = Frame(Real("x", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), Real("y", 1, 3, 5, 7, 9, 11, 13, 15, 17, 19));

    [Fact]
    public void A_declared_line_goes_through_the_least_squares_values_in_its_own_colour_width_and_dash()
    {
        using var graphic = Build(Line, "{ type: scatter, x: x, y: y, smooth: { method: linear, points: 5, line_width: 3, dash: true, color: '#D62728' } }");
        var lines = TrendLines(graphic);

        var line = Assert.Single(lines);
        var points = line.Data.GetScatterPoints();
        // y = 2x + 1 exactly, at 5 evenly spaced x from 0 to 9.
        Assert.Equal([0, 2.25, 4.5, 6.75, 9], points.Select(p => p.X));
        Assert.Equal([1, 5.5, 10, 14.5, 19], points.Select(p => Math.Round(p.Y, 9)));
        Assert.Equal(3, line.LineWidth);
        Assert.Equal(LinePattern.Dashed.Name, line.LinePattern.Name);
        Assert.Equal(Color.FromHex("#D62728").ToHex(), line.LineColor.ToHex());
    }

    [Fact]
    public void An_undeclared_style_is_a_solid_line_of_1_5_points_in_the_series_colour_at_80_points()
    {
        using var graphic = Build(Line, "{ type: scatter, x: x, y: y, smooth: linear }");
        var lines = TrendLines(graphic);

        var line = Assert.Single(lines);
        Assert.Equal(80, line.Data.GetScatterPoints().Count);
        Assert.Equal(1.5, line.LineWidth);
        Assert.Equal(LinePattern.Solid.Name, line.LinePattern.Name);
        Assert.Equal(SeriesBlue.ToHex(), line.LineColor.ToHex());
    }

    [Fact]
    public void Each_series_gets_its_own_curve_and_one_with_fewer_than_two_values_none()
    {
        // Series a: 4 points; b: 2 points (a trailing mean of two values is still a line); c: 1 point (no line).
        var frame = Frame(Real("x", 1, 2, 3, 4, 1, 2, 5), Real("y", 2, 4, 6, 8, 10, 20, 7), Text("g", "a", "a", "a", "a", "b", "b", "c"));
        using var graphic = Build(frame, "{ type: scatter, x: x, y: y, color: g, smooth: { method: moving_average, window: 2 } }");
        var lines = TrendLines(graphic);

        Assert.Equal(2, lines.Length);
        var a = lines.Single(l => l.LineColor.ToHex() == SeriesBlue.ToHex()).Data.GetScatterPoints();
        Assert.Equal([1.0, 2, 3, 4], a.Select(p => p.X));
        Assert.Equal([2.0, 3, 5, 7], a.Select(p => p.Y)); // trailing means of 2: 2, (2+4)/2, (4+6)/2, (6+8)/2
        var b = lines.Single(l => l.LineColor.ToHex() == SeriesOrange.ToHex()).Data.GetScatterPoints();
        Assert.Equal([10.0, 15], b.Select(p => p.Y));
    }

    [Fact]
    public void Loess_draws_the_local_fit_and_nothing_for_a_series_of_two_points()
    {
        // A quadratic is reproduced exactly by a local quadratic fit, whatever the span.
        var frame = Frame(Real("x", 0, 1, 2, 3, 4, 0, 1), Real("y", 0, 1, 4, 9, 16, 5, 6), Text("g", "a", "a", "a", "a", "a", "b", "b"));
        using var graphic = Build(frame, "{ type: scatter, x: x, y: y, color: g, smooth: [{ method: loess, span: 1, points: 3 }, { method: linear, points: 2 }] }");
        var lines = TrendLines(graphic);

        // loess for a, none for b (three points are the least); a linear line for each of a and b.
        Assert.Equal(3, lines.Length);
        var loess = lines.Single(l => l.Data.GetScatterPoints().Count == 3).Data.GetScatterPoints();
        Assert.Equal([0.0, 2, 4], loess.Select(p => p.X));
        Assert.Equal([0.0, 4, 16], loess.Select(p => Math.Round(p.Y, 9)));
        var b = lines.Single(l => l.LineColor.ToHex() == SeriesOrange.ToHex()).Data.GetScatterPoints();
        Assert.Equal([5.0, 6], b.Select(p => Math.Round(p.Y, 9)));
    }

    [Fact]
    public void A_series_with_fewer_points_than_min_points_gets_no_line()
    {
        // 'few' has 5 points, 'many' 20; with min_points 10 only 'many' is smoothed, with 5 both are.
        var xs = Enumerable.Range(0, 25).Select(i => (double?)i).ToArray();
        var frame = Frame(Real("x", xs), Real("y", xs.Select(x => 2 * x + 1).ToArray()), Text("g", xs.Select(x => x < 5 ? "few" : "many").ToArray()));
        using var some = Build(frame, "{ type: scatter, x: x, y: y, color: g, smooth: { method: linear, min_points: 10 } }");
        var line = Assert.Single(TrendLines(some));
        Assert.Equal(5, line.Data.GetScatterPoints().Min(p => p.X)); // the line of 'many', from x = 5
        using var both = Build(frame, "{ type: scatter, x: x, y: y, color: g, smooth: { method: linear, min_points: 5 } }");
        Assert.Equal(2, TrendLines(both).Length);
    }
}
