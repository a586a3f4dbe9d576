using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.Statistics;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Charts.Types;

/// <summary>Counts of a numeric column in equal bins (a declared bin width, a bin count, or Sturges' rule),
/// stacked by the colour field; the bars touch, as a histogram's should. A y field, when given, is each row's weight
/// (ggplot's): a frame of values with their counts, aggregated in SQL, draws the histogram of the rows it counts.</summary>
internal sealed class HistogramChart : IChartType
{
    public IReadOnlyList<ChartName> Names { get; } = [new("histogram") { DefaultStack = StackMode.Stacked, ZeroBasedValues = true }];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var x = context.Column(chart.X, "x");
        if (x.Type is Frames.ColumnType.Text or Frames.ColumnType.Boolean)
            throw context.Error($"a histogram needs a numeric x, but '{x.Name}' holds {x.Type.ToString().ToLowerInvariant()} values; use a column chart of counts instead", chart.X);
        var weight = chart.Y is { Field.Length: > 0 } ? context.Column(chart.Y, "y") : null;
        if (weight?.Type is Frames.ColumnType.Text or Frames.ColumnType.Boolean or Frames.ColumnType.Date)
            throw context.Error($"a histogram's y is each row's weight (a count), but '{weight.Name}' holds {weight.Type.ToString().ToLowerInvariant()} values; "
                + "leave y's field out to count rows", chart.Y);
        var panel = new DrawnPanel(context.Axis(chart.X!, x), AxisScale.Numeric(chart.Y), context.Title(chart.X), chart.Y?.Title ?? "Count");
        var xScale = panel.XScale;
        // Like ggplot's xlim, a declared x range bounds the data that is binned: values outside it are not counted.
        var low = chart.X!.Min is { } min ? xScale.Map(min) : null;
        var high = chart.X.Max is { } max ? xScale.Map(max) : null;
        var rows = Enumerable.Range(0, context.Frame.RowCount)
            .Where(r => xScale.Position(x, r) is { } p && !(p < low) && !(p > high))
            .ToArray();
        if (rows.Length == 0) return panel with { NoData = true };
        var positions = rows.Select(r => xScale.Position(x, r)!.Value).ToArray();
        var (start, width, count) = Binning.Edges(positions, chart.Marks.BinWidth, chart.Marks.Bins, chart.Marks.BinBoundary, chart.Marks.BinCenter);
        if (count > Spec.SpecLimits.MaxBins)
            throw context.Error($"bin_width {width} gives {(count == int.MaxValue ? "more than 2 billion" : count.ToString("N0"))} bins over the data's range, "
                + $"more than the {Spec.SpecLimits.MaxBins:N0} a histogram may draw; choose a wider bin", chart.X);
        var tops = new double[count];
        var obstacles = new List<ScottPlot.CoordinateRect>();
        var legend = new List<(Series, LegendMark)>();
        foreach (var s in context.Series(rows))
        {
            var counts = new double[count];
            foreach (var r in s.Rows)
                counts[Binning.Index(xScale.Position(x, r)!.Value, start, width, count)] += weight is null ? 1 : weight.AsDouble(r) ?? 0;
            var bars = Enumerable.Range(0, count).Where(i => counts[i] > 0)
                .Select(i => (start + (i + 0.5) * width, chart.Stack == StackMode.None ? 0 : tops[i], (chart.Stack == StackMode.None ? 0 : tops[i]) + counts[i]))
                .ToArray();
            obstacles.AddRange(BarMarks.Add(context, false, bars, s.Color, width));
            if (chart.Stack != StackMode.None)
                for (var i = 0; i < count; i++) tops[i] += counts[i];
            legend.Add((s, LegendMark.Fill));
        }
        return panel with { Legend = LegendEntry.Of(legend), Obstacles = obstacles };
    }
}
