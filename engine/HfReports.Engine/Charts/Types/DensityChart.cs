using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.Statistics;

namespace HfReports.Engine.Charts.Types;

/// <summary>The kernel density of a numeric column, one translucent filled curve per colour series.</summary>
internal sealed class DensityChart : IChartType
{
    public IReadOnlyList<ChartName> Names { get; } = [new("density") { ZeroBasedValues = true }];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var x = context.Column(chart.X, "x");
        if (x.Type is Frames.ColumnType.Text or Frames.ColumnType.Boolean)
            throw context.Error($"a density needs a numeric x, but '{x.Name}' holds {x.Type.ToString().ToLowerInvariant()} values", chart.X);
        var panel = new DrawnPanel(context.Axis(chart.X!, x), AxisScale.Numeric(chart.Y), context.Title(chart.X), chart.Y?.Title ?? "Density");
        var drawn = 0;
        var legend = new List<(Series, LegendMark)>();
        foreach (var s in context.Series())
        {
            var values = s.Rows.Select(r => panel.XScale.Position(x, r)).OfType<double>().ToArray();
            if (values.Length < 2) continue;
            drawn++;
            var (xs, ys) = KernelDensity.Curve(values, chart.Marks.Bandwidth);
            var area = context.Plot.Add.FillY(xs, new double[xs.Length], ys);
            area.FillColor = s.Color.WithAlpha(chart.Marks.Opacity ?? 0.35);
            area.LineColor = s.Color;
            area.LineWidth = (float)(chart.Marks.LineWidth ?? 1);
            area.MarkerSize = 0;
            legend.Add((s, LegendMark.Fill));
        }
        return panel with { NoData = drawn == 0, Legend = LegendEntry.Of(legend) };
    }
}
