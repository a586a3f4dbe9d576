using HfReports.Engine.Spec.Charts;
using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// One point per row, coloured by series (or shaded on a continuous scale), with optional
/// transparency and a size encoding. Points that share a colour and size are one plottable
/// (circles are <see cref="DotMarks"/>), so thousands of points stay a compact PDF and SVG.
/// </summary>
internal sealed class ScatterChart : IChartType
{
    private const float SmallestPoint = 2f;
    private const float LargestPoint = 9f;

    public IReadOnlyList<ChartName> Names { get; } = [new("scatter")];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var x = context.Column(chart.X, "x");
        var y = context.Column(chart.Y, "y");
        var panel = new DrawnPanel(context.Axis(chart.X!, x), context.Axis(chart.Y!, y), context.Title(chart.X), context.Title(chart.Y));
        var size = context.OptionalColumn(chart.Size, "size");
        var sizes = size is null ? [] : Enumerable.Range(0, size.Count).Select(size.AsDouble).OfType<double>().ToArray();
        var (sizeMin, sizeMax) = sizes.Length == 0 ? (0, 0) : (sizes.Min(), sizes.Max());
        var opacity = chart.Marks.Opacity ?? 0.8;
        var baseSize = (float)(chart.Marks.PointSize ?? 4);

        float SizeOf(int row)
        {
            if (size?.AsDouble(row) is not { } v || !(sizeMax > sizeMin)) return baseSize;
            // Area, not radius, grows with the value (as ggplot's scale_size); six steps keep the plottables few.
            var t = Math.Round(Math.Sqrt((v - sizeMin) / (sizeMax - sizeMin)) * 5) / 5;
            return (float)(SmallestPoint + t * (LargestPoint - SmallestPoint));
        }

        var continuous = context.ColorIsContinuous();
        var shading = continuous ? context.ContinuousColors() : null;
        var scale = shading?.Scale;
        var colorColumn = continuous ? context.Column(chart.Color, "color") : null;
        var series = continuous ? [new Series("", Enumerable.Range(0, context.Frame.RowCount).ToArray(), context.SingleColor, 0)] : context.Series();
        var squares = chart.Marks.PointShape switch { PointShape.Square => true, PointShape.Circle or null => false };
        var drawn = 0;
        var legend = new List<(Series, LegendMark)>();
        var points = new List<SeriesPoints>();
        var labels = new List<LabelLayer.Label>();
        foreach (var s in series)
        {
            var (xs, ys, rows) = ChartContext.Points(s.Rows, x, y, panel);
            drawn += xs.Length;
            var groups = rows.Select((row, i) => (i, row))
                .GroupBy(p => (Color: colorColumn?.AsDouble(p.row) is { } c && scale is not null ? scale.Map(c) : s.Color, Size: SizeOf(p.row)))
                .OrderBy(g => g.Key.Size).ThenBy(g => g.Key.Color.ARGB);
            foreach (var g in groups)
            {
                var (groupXs, groupYs) = (g.Select(p => xs[p.i]).ToArray(), g.Select(p => ys[p.i]).ToArray());
                if (squares)
                    context.Plot.Add.Markers(groupXs, groupYs, MarkerShape.FilledSquare, g.Key.Size, g.Key.Color.WithAlpha(opacity)).MarkerStyle.LineWidth = 0;
                else
                    context.Plot.Add.Plottable(new DotMarks(groupXs, groupYs, g.Key.Size, g.Key.Color.WithAlpha(opacity)));
            }
            if (xs.Length > 0) legend.Add((s, LegendMark.Point));
            points.Add(new SeriesPoints(s, xs, ys));
            labels.AddRange(PointLabels.At(context, false, rows, xs, ys));
        }
        return panel with
        {
            NoData = drawn == 0,
            Legend = LegendEntry.Of(legend),
            ColorBar = shading?.Bar,
            SeriesPoints = points,
            PointLabels = labels,
        };
    }
}
