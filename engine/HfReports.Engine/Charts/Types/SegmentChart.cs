using HfReports.Engine.Charts.Axes;
using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// Segments from (x, y) to (xend, yend) — xend/yend default to x/y, so a segment can be vertical
/// or horizontal — and lollipops: a stem from zero up to y with a dot at its end.
/// </summary>
public sealed class SegmentChart : IChartType
{
    public IReadOnlyList<ChartName> Names { get; } = [new("segment"), new("lollipop") { ZeroBasedValues = true, LabelHeadroom = true }];

    public void Draw(ChartContext context)
    {
        var chart = context.Chart;
        var lollipop = chart.Type == "lollipop";
        var x = context.Column(chart.X, "x");
        var y = context.Column(chart.Y, "y");
        var xEnd = lollipop ? null : context.OptionalColumn(chart.XEnd, "xend");
        var yEnd = lollipop ? null : context.OptionalColumn(chart.YEnd, "yend");
        context.XScale = context.Axis(chart.X!, x);
        context.YScale = lollipop ? AxisScale.Numeric(chart.Y) : context.Axis(chart.Y!, y);
        (context.XTitle, context.YTitle) = (context.Title(chart.X), context.Title(chart.Y));
        var width = (float)(chart.Marks.LineWidth ?? (lollipop ? 1 : 1.2));
        var drawn = 0;
        foreach (var s in context.Series())
        {
            var (xs, ys, rows) = context.Points(s.Rows, x, y);
            drawn += xs.Length;
            var color = s.Color.WithAlpha(chart.Marks.Opacity ?? 1);
            for (var i = 0; i < xs.Length; i++)
            {
                var x2 = xEnd is null ? xs[i] : context.XScale.Position(xEnd, rows[i]) ?? xs[i];
                var y2 = lollipop ? 0 : yEnd is null ? ys[i] : context.YScale.Position(yEnd, rows[i]) ?? ys[i];
                var line = context.Plot.Add.Line(xs[i], lollipop ? 0 : ys[i], x2, lollipop ? ys[i] : y2);
                line.LineColor = color;
                line.LineWidth = width;
                line.MarkerSize = 0;
            }
            if (lollipop && xs.Length > 0)
            {
                var heads = context.Plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, (float)(chart.Marks.PointSize ?? 5), color);
                heads.MarkerStyle.LineWidth = 0;
            }
            if (xs.Length > 0) context.AddLegend(s, lollipop ? LegendMark.Point : LegendMark.Line);
            PointLabels.Add(context, rows, xs, ys);
        }
        if (lollipop) context.Plot.Axes.Margins(bottom: 0);
        context.NoData = drawn == 0;
    }
}
