using HfReports.Engine.Charts.Axes;
using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>One line per colour series through its points in x order (straight or in steps), optionally with a marker at
/// each point and its series' name at its end (legend: direct).</summary>
public sealed class LineChart : IChartType
{
    public IReadOnlyList<ChartName> Names { get; } = [new("line")];

    public void Draw(ChartContext context)
    {
        var chart = context.Chart;
        var (x, y) = context.ValuesOverX();
        var drawn = 0;
        foreach (var s in context.Series())
        {
            var (xs, ys, rows) = context.Points(s.Rows, x, y);
            if (xs.Length == 0) continue;
            drawn += xs.Length;
            var line = context.Plot.Add.ScatterLine(xs, ys, s.Color.WithAlpha(chart.Marks.Opacity ?? 1));
            line.LineWidth = (float)(chart.Marks.LineWidth ?? 1.5);
            // A step holds each value until the next x (ggplot's geom_step): records and running totals change in jumps.
            if (chart.Marks.LineShape == "step") line.ConnectStyle = ConnectStyle.StepHorizontal;
            if (chart.Marks.Points == true)
            {
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = (float)(chart.Marks.PointSize ?? 3.5);
            }
            context.AddLegend(s, LegendMark.Line);
            context.SeriesPoints.Add((s, xs, ys));
            PointLabels.Add(context, rows, xs, ys);
            // Direct labelling: the series' name at the end of its line, in its colour, instead of a legend.
            if (chart.Legend == "direct" && s.Named)
                context.PointLabels.Add(new LabelLayer.Label(xs[^1], ys[^1], s.Name, Contrast.AtLeast(s.Color, Contrast.Text)));
        }
        context.NoData = drawn == 0;
    }
}
