using HfReports.Engine.Charts.Axes;
using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// Segments from (x, y) to (xend, yend) — xend/yend default to x/y, so a segment can be vertical
/// or horizontal — and lollipops: a stem from zero up to y with a dot at its end.
/// </summary>
internal sealed class SegmentChart : IChartType
{
    private static readonly ChartName Lollipop = new("lollipop") { ZeroBasedValues = true, LabelHeadroom = true };

    public IReadOnlyList<ChartName> Names { get; } = [new("segment"), Lollipop];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var lollipop = context.TypeName == Lollipop;
        var x = context.Column(chart.X, "x");
        var y = context.Column(chart.Y, "y");
        var xEnd = lollipop ? null : context.OptionalColumn(chart.XEnd, "xend");
        var yEnd = lollipop ? null : context.OptionalColumn(chart.YEnd, "yend");
        var panel = new DrawnPanel(context.Axis(chart.X!, x), lollipop ? AxisScale.Numeric(chart.Y) : context.Axis(chart.Y!, y),
            context.Title(chart.X), context.Title(chart.Y));
        var width = (float)(chart.Marks.LineWidth ?? (lollipop ? 1 : 1.2));
        var drawn = 0;
        var legend = new List<(Series, LegendMark)>();
        var labels = new List<LabelLayer.Label>();
        foreach (var s in context.Series())
        {
            var (xs, ys, rows) = ChartContext.Points(s.Rows, x, y, panel);
            drawn += xs.Length;
            var color = s.Color.WithAlpha(chart.Marks.Opacity ?? 1);
            for (var i = 0; i < xs.Length; i++)
            {
                var x2 = xEnd is null ? xs[i] : panel.XScale.Position(xEnd, rows[i]) ?? xs[i];
                var y2 = lollipop ? 0 : yEnd is null ? ys[i] : panel.YScale.Position(yEnd, rows[i]) ?? ys[i];
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
            if (xs.Length > 0) legend.Add((s, lollipop ? LegendMark.Point : LegendMark.Line));
            labels.AddRange(PointLabels.At(context, false, rows, xs, ys));
        }
        if (lollipop) context.Plot.Axes.Margins(bottom: 0);
        return panel with { NoData = drawn == 0, Legend = LegendEntry.Of(legend), PointLabels = labels };
    }
}
