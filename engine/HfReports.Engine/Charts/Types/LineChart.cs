using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;
using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>One line per colour series through its points in x order (straight or in steps), optionally with a marker at
/// each point and its series' name at its end (legend: direct).</summary>
internal sealed class LineChart : IChartType
{
    public IReadOnlyList<ChartName> Names { get; } = [new("line")];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var (x, y, panel) = context.ValuesOverX();
        var drawn = 0;
        var legend = new List<(Series, LegendMark)>();
        var points = new List<SeriesPoints>();
        var labels = new List<LabelLayer.Label>();
        foreach (var s in context.Series())
        {
            var (xs, ys, rows) = ChartContext.Points(s.Rows, x, y, panel);
            if (xs.Length == 0) continue;
            drawn += xs.Length;
            var line = context.Plot.Add.ScatterLine(xs, ys, s.Color.WithAlpha(chart.Marks.Opacity ?? 1));
            line.LineWidth = (float)(chart.Marks.LineWidth ?? 1.5);
            // A step holds each value until the next x (ggplot's geom_step): records and running totals change in jumps.
            if (chart.Marks.LineShape == LineShape.Step) line.ConnectStyle = ConnectStyle.StepHorizontal;
            if (chart.Marks.Points == true)
            {
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = (float)(chart.Marks.PointSize ?? 3.5);
            }
            legend.Add((s, LegendMark.Line));
            points.Add(new SeriesPoints(s, xs, ys));
            labels.AddRange(PointLabels.At(context, false, rows, xs, ys));
            // Direct labelling: the series' name at the end of its line, in its colour, instead of a legend.
            if (chart.Legend == LegendPosition.Direct && s.Named)
                labels.Add(new LabelLayer.Label(xs[^1], ys[^1], s.Name, Contrast.AtLeast(s.Color, Contrast.Text), NamesSeries: true));
        }
        return panel with { NoData = drawn == 0, Legend = LegendEntry.Of(legend), SeriesPoints = points, PointLabels = labels };
    }
}
