using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.ColorScales;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;
using MathNet.Numerics.Statistics;
using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// A grid of cells shaded by a value: 'heatmap' takes x and y categories and a value field;
/// 'correlation' computes the correlation matrix (Pearson or Spearman, pairwise complete rows)
/// of the declared columns. Cells are vector rectangles, optionally labelled with their value.
/// </summary>
internal sealed class HeatmapChart : IChartType
{
    private static readonly ChartName CorrelationMatrix = new("correlation");

    public IReadOnlyList<ChartName> Names { get; } = [new("heatmap"), CorrelationMatrix];

    public DrawnPanel Draw(ChartContext context) =>
        context.TypeName == CorrelationMatrix ? DrawCorrelation(context) : DrawHeatmap(context);

    private static DrawnPanel DrawHeatmap(ChartContext context)
    {
        var chart = context.Chart;
        var x = context.Column(chart.X, "x");
        var y = context.Column(chart.Y, "y");
        var value = context.Column(chart.Value, "value");
        var xScale = AxisScale.For(chart.X! with { Type = AxisType.Category }, x, context.MaxCategories, context);
        var yFirst = AxisScale.For(chart.Y! with { Type = AxisType.Category }, y, context.MaxCategories, context);
        var yScale = AxisScale.ForCategories(chart.Y, yFirst.Categories.Reverse().ToArray());
        var panel = new DrawnPanel(xScale, yScale, context.Title(chart.X), context.Title(chart.Y));
        var cells = new List<(double X, double Y, double Value)>();
        for (var row = 0; row < context.Frame.RowCount; row++)
            if (xScale.Position(x, row) is { } px && yScale.Position(y, row) is { } py && value.AsDouble(row) is { } v && double.IsFinite(v))
                cells.Add((px, py, v));
        ChartContext.CheckMarks(cells.Count);
        var shading = cells.Count == 0 ? null : context.ContinuousColors(chart.Value, ColorRamp.Viridis);
        return DrawCells(context, panel, cells, shading, chart.Value?.Format ?? "0.##", chart.Marks.CellLabels ?? false);
    }

    private static DrawnPanel DrawCorrelation(ChartContext context)
    {
        var chart = context.Chart;
        var names = chart.Marks.Columns ?? [];
        if (names.Count < 2)
            throw context.Error("a correlation chart needs 'columns': at least two numeric columns to correlate");
        var columns = names.Select(n => context.Frame.Find(n) ?? throw context.Error(
            $"'columns' names the field '{n}', but the frame has: {string.Join(", ", context.Frame.ColumnNames)}")).ToArray();
        foreach (var c in columns)
            if (c.Type is not (ColumnType.Integer or ColumnType.Real) && c.Values.Any(v => v is not null))
                throw context.Error($"'{c.Name}' holds {c.Type.ToString().ToLowerInvariant()} values; a correlation needs numbers");
        var labels = names.Select(n => LabelText.Truncate(n, 16)).ToArray();
        var panel = new DrawnPanel(AxisScale.ForCategories(chart.X, labels), AxisScale.ForCategories(chart.Y, labels.Reverse().ToArray()),
            chart.X?.Title ?? "", chart.Y?.Title ?? "");
        var cells = new List<(double X, double Y, double Value)>();
        for (var i = 0; i < columns.Length; i++)
            for (var j = 0; j < columns.Length; j++)
            {
                var r = Correlate(columns[i], columns[j], chart.Marks.Method ?? CorrelationMethod.Pearson);
                if (double.IsFinite(r)) cells.Add((i, columns.Length - 1 - j, r));
            }
        // Without a value encoding the colour bar is titled for what it shows, not for the first column.
        var valueEncoding = chart.Value ?? EncodingSpec.OfField(columns[0].Name, chart.Location, chart.KeyPath) with { Title = "Correlation" };
        var shading = cells.Count == 0 ? null : context.ContinuousColors(valueEncoding with { Bins = null }, ColorRamp.Diverging, (-1, 1));
        return DrawCells(context, panel, cells, shading, chart.Value?.Format ?? "0.00", chart.Marks.CellLabels ?? true);
    }

    /// <summary>The correlation over rows where both columns have a value.</summary>
    public static double Correlate(FrameColumn a, FrameColumn b, CorrelationMethod method)
    {
        var pairs = Enumerable.Range(0, a.Count)
            .Select(r => (A: a.AsDouble(r), B: b.AsDouble(r)))
            .Where(p => p.A is not null && p.B is not null)
            .Select(p => (p.A!.Value, p.B!.Value)).ToArray();
        if (pairs.Length < 3) return double.NaN;
        var xs = pairs.Select(p => p.Item1).ToArray();
        var ys = pairs.Select(p => p.Item2).ToArray();
        return method switch
        {
            CorrelationMethod.Pearson => Correlation.Pearson(xs, ys),
            CorrelationMethod.Spearman => Correlation.Spearman(xs, ys),
        };
    }

    private static DrawnPanel DrawCells(ChartContext context, DrawnPanel panel, List<(double X, double Y, double Value)> cells,
        (ContinuousScale Scale, ColorBarLegend Bar)? shading, string format, bool labelled)
    {
        if (cells.Count == 0 || shading is not { Scale: var scale }) return panel with { NoData = true };
        var fontSize = context.FontSize * 0.85f;
        foreach (var (x, y, value) in cells)
        {
            var fill = scale.Map(value);
            var cell = context.Plot.Add.Rectangle(x - 0.5, x + 0.5, y - 0.5, y + 0.5);
            cell.FillColor = fill;
            cell.LineColor = Colors.White;
            cell.LineWidth = 0.5f;
            if (!labelled) continue;
            var text = context.Plot.Add.Text(AxisSetup.FormatNumber(value, format), x, y);
            text.LabelFontSize = fontSize;
            text.LabelFontName = context.FontFamily;
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontColor = Luminance(fill) > 0.55 ? Colors.Black : Colors.White;
        }
        context.Plot.Axes.Margins(0, 0);
        context.Plot.HideGrid();
        return panel with { ColorBar = shading.Value.Bar };
    }

    private static double Luminance(Color c) => (0.2126 * c.R + 0.7152 * c.G + 0.0722 * c.B) / 255;
}
