using HfReports.Engine.Spec;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// Filled areas per colour series over a shared x. Stacked (default) areas sit on the series
/// before them (missing x values count as 0), percent stacks fill 0..1, and 'none' overlaps
/// translucent areas from zero.
/// </summary>
internal sealed class AreaChart : IChartType
{
    public IReadOnlyList<ChartName> Names { get; } = [new("area") { DefaultStack = StackMode.Stacked, ZeroBasedValues = true }];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var (x, y, panel) = context.ValuesOverX();
        var series = context.Series();
        var values = series.Select(s =>
        {
            var (xs, ys, _) = ChartContext.Points(s.Rows, x, y, panel);
            var byX = new Dictionary<double, double>();
            for (var i = 0; i < xs.Length; i++) byX[xs[i]] = byX.GetValueOrDefault(xs[i]) + ys[i];
            return byX;
        }).ToArray();
        var grid = values.SelectMany(v => v.Keys).Distinct().Order().ToArray();
        if (grid.Length == 0) return panel with { NoData = true };
        var stacked = chart.Stack is StackMode.Stacked or StackMode.Percent;
        var totals = grid.Select(g => values.Sum(v => v.GetValueOrDefault(g))).ToArray();
        var lower = new double[grid.Length];
        var legend = new List<(Series, LegendMark)>();
        var points = new List<SeriesPoints>();
        for (var s = 0; s < series.Count; s++)
        {
            if (values[s].Count == 0) continue;
            var upper = new double[grid.Length];
            for (var i = 0; i < grid.Length; i++)
            {
                var v = values[s].GetValueOrDefault(grid[i]);
                if (chart.Stack == StackMode.Percent) v = totals[i] != 0 ? v / totals[i] : 0;
                upper[i] = (stacked ? lower[i] : 0) + v;
            }
            var area = context.Plot.Add.FillY(grid, stacked ? lower.ToArray() : new double[grid.Length], upper);
            area.FillColor = series[s].Color.WithAlpha(chart.Marks.Opacity ?? (stacked ? 0.9 : 0.45));
            area.LineColor = series[s].Color;
            area.LineWidth = (float)(chart.Marks.LineWidth ?? 0.5);
            area.MarkerSize = 0;
            legend.Add((series[s], LegendMark.Fill));
            points.Add(new SeriesPoints(series[s], grid, upper));
            if (stacked) lower = upper;
        }
        panel = panel with { Legend = LegendEntry.Of(legend), SeriesPoints = points };
        return chart.Stack == StackMode.Percent ? panel with { FixedValueLimits = (0, 1), ValueFormat = "0%" } : panel;
    }
}
