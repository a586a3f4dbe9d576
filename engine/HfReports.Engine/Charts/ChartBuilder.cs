using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using HfReports.Engine.Transform;
using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>Turns a figure's declared panels and its frame into a drawn <see cref="FigureGraphic"/>.</summary>
public static class ChartBuilder
{
    public static FigureGraphic Build(FigureSpec figure, Frame frame, FontRegistry fonts)
    {
        var panels = new List<(Plot, double)>();
        try
        {
            foreach (var chart in figure.Panels)
                panels.Add((BuildPanel(chart, frame, fonts), chart.HeightWeight));
        }
        catch
        {
            foreach (var (plot, _) in panels) plot.Dispose();
            throw;
        }
        return new FigureGraphic(figure.Id, panels, (float)(figure.WidthInches * 72), (float)(figure.HeightInches * 72));
    }

    private static Plot BuildPanel(ChartSpec chart, Frame frame, FontRegistry fonts)
    {
        var plot = new Plot();
        PaperStyle.Apply(plot, fonts);
        switch (chart.Type)
        {
            case "bar":
            case "column":
                AddBars(plot, chart, frame);
                break;
            default:
                plot.Dispose();
                throw new ChartException($"chart type '{chart.Type}' is not drawn yet", chart.Location, chart.KeyPath);
        }
        if (chart.Title is not null) plot.Title(chart.Title);
        return plot;
    }

    private static FrameColumn Field(Frame frame, EncodingSpec? encoding, ChartSpec chart, string channel)
    {
        if (encoding is null)
            throw new ChartException($"a {chart.Type} chart needs '{channel}'", chart.Location, chart.KeyPath);
        return frame.Find(encoding.Field) ?? throw new ChartException(
            $"'{channel}' names the field '{encoding.Field}', but the frame has: {string.Join(", ", frame.ColumnNames)}",
            encoding.Location, encoding.KeyPath);
    }

    /// <summary>Columns at category positions, stacked by the colour field when the chart stacks.</summary>
    private static void AddBars(Plot plot, ChartSpec chart, Frame frame)
    {
        var x = Field(frame, chart.X, chart, "x");
        var y = Field(frame, chart.Y, chart, "y");
        var color = chart.Color is null ? null : Field(frame, chart.Color, chart, "color");
        var categories = Enumerable.Range(0, frame.RowCount).Select(r => x[r]).Distinct().Order(Comparer<object?>.Create(GroupKey.CompareValues)).ToList();
        var series = color is null ? [null] : Enumerable.Range(0, frame.RowCount).Select(r => color[r]).Distinct().Order(Comparer<object?>.Create(GroupKey.CompareValues)).ToList();
        var stackTops = new double[categories.Count];
        for (var s = 0; s < series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var row = 0; row < frame.RowCount; row++)
            {
                if (color is not null && GroupKey.CompareValues(color[row], series[s]) != 0) continue;
                var position = categories.FindIndex(c => GroupKey.CompareValues(c, x[row]) == 0);
                var value = y.AsDouble(row) ?? 0;
                var start = chart.Stack == "none" ? 0 : stackTops[position];
                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = start,
                    Value = start + value,
                    FillColor = Palettes.Pick(chart.Color?.Palette, s),
                    LineWidth = 0.3f,
                    LineColor = Colors.Black,
                });
                stackTops[position] = start + value;
            }
            var plottable = plot.Add.Bars(bars);
            if (series[s] is { } name) plottable.LegendText = Convert.ToString(name, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < categories.Count; i++)
            ticks.AddMajor(i, categories[i] is DateTime d ? ValueParsing.FormatDate(d) : Convert.ToString(categories[i], System.Globalization.CultureInfo.InvariantCulture) ?? "");
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Margins(bottom: 0);
        plot.XLabel(chart.X!.Title ?? chart.X.Field);
        plot.YLabel(chart.Y!.Title ?? chart.Y.Field);
        if (color is not null && chart.Legend != "none") plot.ShowLegend(Edge.Bottom);
    }
}
