using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// Columns (upright) and bars (lying): one per row at the x position with height y. With a
/// colour field the series are stacked (default), grouped side by side, stacked to 100%, or
/// overlapped; a numeric or date colour field instead shades each column on a continuous scale.
/// </summary>
internal sealed class ColumnChart : IChartType
{
    private static readonly ChartName Bar = new("bar") { DefaultStack = StackMode.Stacked, ZeroBasedValues = true, LabelHeadroom = true };

    public IReadOnlyList<ChartName> Names { get; } =
    [
        new("column") { DefaultStack = StackMode.Stacked, ZeroBasedValues = true, LabelHeadroom = true },
        Bar,
    ];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var x = context.Column(chart.X, "x");
        var y = context.Column(chart.Y, "y");
        var horizontal = context.TypeName == Bar;
        var position = context.Axis(chart.X!, x);
        if (horizontal && position.Kind == AxisKind.Category)
            position = AxisScale.ForCategories(chart.X, position.Categories.Reverse().ToArray());
        var value = AxisScale.Numeric(chart.Y);
        var panel = horizontal
            ? new DrawnPanel(value, position, context.Title(chart.Y), context.Title(chart.X)) { Horizontal = true }
            : new DrawnPanel(position, value, context.Title(chart.X), context.Title(chart.Y));

        var rows = Enumerable.Range(0, context.Frame.RowCount)
            .Where(r => position.Position(x, r) is not null && y.AsDouble(r) is not null).ToArray();
        if (rows.Length == 0) return panel with { NoData = true };
        var width = BarMarks.Width(context, rows.Select(r => position.Position(x, r)!.Value), position.Kind == AxisKind.Category);

        if (context.ColorIsContinuous())
        {
            var shading = context.ContinuousColors();
            var colorColumn = context.Column(chart.Color, "color");
            var bars = rows.Select(r => (position.Position(x, r)!.Value, 0.0, y.AsDouble(r)!.Value)).ToArray();
            var colors = rows.Select(r => colorColumn.AsDouble(r) is { } c && shading is { } shade ? shade.Scale.Map(c) : ScottPlot.Color.FromHex("#7F7F7F")).ToArray();
            return panel with
            {
                ColorBar = shading?.Bar,
                Obstacles = BarMarks.Add(context, horizontal, bars, context.SingleColor, width, colors),
                PointLabels = PointLabels.At(context, horizontal, rows, bars.Select(b => b.Item1).ToArray(), bars.Select(b => b.Item3).ToArray()).ToArray(),
            };
        }

        var series = context.Series(rows);
        var percent = chart.Stack == StackMode.Percent;
        var totals = new Dictionary<double, double>();
        if (percent)
            foreach (var r in rows)
            {
                var p = position.Position(x, r)!.Value;
                totals[p] = totals.GetValueOrDefault(p) + Math.Abs(y.AsDouble(r)!.Value);
            }
        var positiveTops = new Dictionary<double, double>();
        var negativeTops = new Dictionary<double, double>();
        var labelXs = new List<double>();
        var labelYs = new List<double>();
        var labelRows = new List<int>();
        var obstacles = new List<ScottPlot.CoordinateRect>();
        var legend = new List<(Series, LegendMark)>();
        foreach (var s in series)
        {
            var bars = new List<(double, double, double)>();
            foreach (var r in s.Rows)
            {
                var p = position.Position(x, r)!.Value;
                var v = y.AsDouble(r)!.Value;
                if (percent) v = totals[p] > 0 ? v / totals[p] : 0;
                var at = p;
                double start;
                switch (chart.Stack)
                {
                    case StackMode.Stacked or StackMode.Percent:
                        var tops = v >= 0 ? positiveTops : negativeTops;
                        start = tops.GetValueOrDefault(p);
                        tops[p] = start + v;
                        break;
                    case StackMode.Grouped when series.Count > 1:
                        start = 0;
                        at = p + (s.Index - (series.Count - 1) / 2.0) * width / series.Count;
                        break;
                    default:
                        start = 0;
                        break;
                }
                bars.Add((at, start, start + v));
                labelXs.Add(at);
                labelYs.Add(start + v);
                labelRows.Add(r);
            }
            obstacles.AddRange(BarMarks.Add(context, horizontal, bars, s.Color, chart.Stack == StackMode.Grouped && series.Count > 1 ? width / series.Count : width));
            legend.Add((s, LegendMark.Fill));
        }
        panel = panel with
        {
            Legend = LegendEntry.Of(legend),
            Obstacles = obstacles,
            PointLabels = PointLabels.At(context, horizontal, labelRows, labelXs.ToArray(), labelYs.ToArray()).ToArray(),
        };
        return percent ? panel with { FixedValueLimits = (0, 1), ValueFormat = "0%" } : panel;
    }
}
