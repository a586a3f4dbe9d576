using HfReports.Engine.Charts.Axes;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// Filled areas per colour series over a shared x. Stacked (default) areas sit on the series
/// before them (missing x values count as 0), percent stacks fill 0..1, and 'none' overlaps
/// translucent areas from zero.
/// </summary>
public sealed class AreaChart : IChartType
{
    public IReadOnlyList<ChartName> Names { get; } = [new("area") { DefaultStack = "stacked", ZeroBasedValues = true }];

    public void Draw(ChartContext context)
    {
        var chart = context.Chart;
        var (x, y) = context.ValuesOverX();
        var series = context.Series();
        var values = series.Select(s =>
        {
            var (xs, ys, _) = context.Points(s.Rows, x, y);
            var byX = new Dictionary<double, double>();
            for (var i = 0; i < xs.Length; i++) byX[xs[i]] = byX.GetValueOrDefault(xs[i]) + ys[i];
            return byX;
        }).ToArray();
        var grid = values.SelectMany(v => v.Keys).Distinct().Order().ToArray();
        if (grid.Length == 0)
        {
            context.NoData = true;
            return;
        }
        var stacked = chart.Stack is "stacked" or "percent";
        var totals = grid.Select(g => values.Sum(v => v.GetValueOrDefault(g))).ToArray();
        var lower = new double[grid.Length];
        for (var s = 0; s < series.Count; s++)
        {
            if (values[s].Count == 0) continue;
            var upper = new double[grid.Length];
            for (var i = 0; i < grid.Length; i++)
            {
                var v = values[s].GetValueOrDefault(grid[i]);
                if (chart.Stack == "percent") v = totals[i] != 0 ? v / totals[i] : 0;
                upper[i] = (stacked ? lower[i] : 0) + v;
            }
            var area = context.Plot.Add.FillY(grid, stacked ? lower.ToArray() : new double[grid.Length], upper);
            area.FillColor = series[s].Color.WithAlpha(chart.Marks.Opacity ?? (stacked ? 0.9 : 0.45));
            area.LineColor = series[s].Color;
            area.LineWidth = (float)(chart.Marks.LineWidth ?? 0.5);
            area.MarkerSize = 0;
            context.AddLegend(series[s], LegendMark.Fill);
            context.SeriesPoints.Add((series[s], grid, upper));
            if (stacked) lower = upper;
        }
        if (chart.Stack == "percent")
        {
            context.FixedValueLimits = (0, 1);
            context.YFormat = "0%";
        }
    }
}
