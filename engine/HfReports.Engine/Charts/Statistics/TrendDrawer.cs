using HfReports.Engine.Spec.Charts;
using ScottPlot;

namespace HfReports.Engine.Charts.Statistics;

/// <summary>Draws each declared statistic over every series' points, in the series' colour
/// (or the statistic's own colour), without a confidence band; a series with fewer than its `min_points` gets none.</summary>
internal static class TrendDrawer
{
    public static void Draw(ChartContext context, DrawnPanel panel)
    {
        foreach (var statistic in context.Chart.Statistics)
            foreach (var (series, xs, ys) in panel.SeriesPoints)
            {
                if (xs.Length < statistic.MinPoints) continue;
                var (cx, cy) = statistic.Method switch
                {
                    TrendMethod.Loess => Loess.Curve(xs, ys, statistic.Span, statistic.Points),
                    TrendMethod.Linear => LinearFit.Curve(xs, ys, statistic.Points),
                    TrendMethod.MovingAverage => MovingAverage.Curve(xs, ys, statistic.Window),
                };
                var finite = cx.Select((x, i) => (x, y: cy[i])).Where(p => double.IsFinite(p.y)).ToArray();
                if (finite.Length < 2) continue;
                var line = context.Plot.Add.ScatterLine(finite.Select(p => p.x).ToArray(), finite.Select(p => p.y).ToArray(),
                    NamedColors.Parse(statistic.Color, series.Color));
                line.LineWidth = (float)(statistic.LineWidth ?? 1.5);
                line.MarkerSize = 0;
                if (statistic.Dash) line.LinePattern = LinePattern.Dashed;
            }
    }
}
