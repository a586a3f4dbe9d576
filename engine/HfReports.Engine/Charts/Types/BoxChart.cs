using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.Statistics;
using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// The distribution of y per x category: a boxplot (Tukey's box, <see cref="BoxStatistics"/>: the box from the
/// first to the third quartile, a line at the median, whiskers to the furthest values within 1.5 IQR, points for
/// the outliers) or a violin (the kernel density mirrored around the category, <see cref="ViolinShape"/>, with the
/// quartiles as a thin box inside). A colour field splits each category into boxes side by side.
/// </summary>
internal sealed class BoxChart : IChartType
{
    private static readonly ChartName Violin = new("violin");

    public IReadOnlyList<ChartName> Names { get; } = [new("boxplot"), Violin];

    public DrawnPanel Draw(ChartContext context)
    {
        var chart = context.Chart;
        var x = context.Column(chart.X, "x");
        var y = context.Column(chart.Y, "y");
        if (y.Type is Frames.ColumnType.Text or Frames.ColumnType.Boolean)
            throw context.Error($"a {chart.Type} needs a numeric y, but '{y.Name}' holds {y.Type.ToString().ToLowerInvariant()} values", chart.Y);
        var position = context.Axis(chart.X!, x);
        var panel = new DrawnPanel(position, AxisScale.Numeric(chart.Y), context.Title(chart.X), context.Title(chart.Y));
        var rows = Enumerable.Range(0, context.Frame.RowCount).Where(r => position.Position(x, r) is not null && y.AsDouble(r) is not null).ToArray();
        var series = context.Series(rows);
        // Boxes side by side share their category's width among the series present there (as ggplot's dodge does), so
        // a category with one series (colour by the x field itself) has its box centred on its tick.
        var present = series.SelectMany((s, i) => s.Rows.Select(r => (Key: position.Position(x, r)!.Value, Series: i)))
            .Distinct().GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Series).Order().ToArray());
        var drawn = 0;
        var legend = new List<(Series, LegendMark)>();
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            foreach (var group in s.Rows.GroupBy(r => position.Position(x, r)!.Value).OrderBy(g => g.Key))
            {
                var values = group.Select(r => y.AsDouble(r)!.Value).ToArray();
                var here = present[group.Key];
                var slot = (chart.Marks.BarWidth ?? 0.8) / here.Length;
                var center = group.Key + (Array.IndexOf(here, i) - (here.Length - 1) / 2.0) * slot;
                if (context.TypeName == Violin) DrawViolin(context, center, slot * 0.9, values, s.Color);
                else DrawBox(context, center, slot * 0.75, BoxStatistics.Of(values), s.Color);
                drawn++;
            }
            legend.Add((s, LegendMark.Fill));
        }
        return panel with { NoData = drawn == 0, Legend = LegendEntry.Of(legend) };
    }

    private static void DrawBox(ChartContext context, double center, double width, BoxStatistics box, Color color)
    {
        var marks = context.Chart.Marks;
        var outline = NamedColors.Parse(marks.Outline, Colors.Black);
        var lineWidth = (float)(marks.LineWidth ?? 0.6);
        Segment(context, center, box.Lower, center, box.Q1, outline, lineWidth);
        Segment(context, center, box.Q3, center, box.Upper, outline, lineWidth);
        var rectangle = context.Plot.Add.Rectangle(center - width / 2, center + width / 2, box.Q1, box.Q3);
        rectangle.FillColor = color.WithAlpha(marks.Opacity ?? 0.8);
        rectangle.LineColor = outline;
        rectangle.LineWidth = lineWidth;
        Segment(context, center - width / 2, box.Median, center + width / 2, box.Median, outline, lineWidth * 2);
        if (box.Outliers.Count == 0) return;
        var points = context.Plot.Add.Markers(box.Outliers.Select(_ => center).ToArray(), box.Outliers.ToArray(), color: outline);
        points.MarkerSize = (float)(marks.PointSize ?? 3);
        points.MarkerShape = MarkerShape.OpenCircle;
    }

    private static void DrawViolin(ChartContext context, double center, double width, double[] values, Color color)
    {
        var marks = context.Chart.Marks;
        var outline = NamedColors.Parse(marks.Outline, color);
        var (ys, densities) = ViolinShape.Of(values, marks.Bandwidth);
        var widest = densities.Max();
        var half = densities.Select(d => d / widest * width / 2).ToArray();
        // Up the right side, down the left: one closed outline.
        var outlineXs = half.Select(h => center + h).Concat(half.Reverse().Select(h => center - h)).ToArray();
        var outlineYs = ys.Concat(ys.Reverse()).ToArray();
        var polygon = context.Plot.Add.Polygon(outlineXs, outlineYs);
        polygon.FillColor = color.WithAlpha(marks.Opacity ?? 0.6);
        polygon.LineColor = outline;
        polygon.LineWidth = (float)(marks.LineWidth ?? 0.6);
        var box = BoxStatistics.Of(values);
        Segment(context, center, box.Lower, center, box.Upper, Colors.Black, 0.6f);
        var rectangle = context.Plot.Add.Rectangle(center - width / 20, center + width / 20, box.Q1, box.Q3);
        rectangle.FillColor = Colors.Black;
        rectangle.LineWidth = 0;
        var median = context.Plot.Add.Markers(new[] { center }, new[] { box.Median }, color: Colors.White);
        median.MarkerSize = 3;
    }

    private static void Segment(ChartContext context, double x1, double y1, double x2, double y2, Color color, float width)
    {
        var line = context.Plot.Add.Line(x1, y1, x2, y2);
        line.LineColor = color;
        line.LineWidth = width;
        line.MarkerSize = 0;
    }
}
