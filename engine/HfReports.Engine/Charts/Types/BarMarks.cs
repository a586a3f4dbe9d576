using ScottPlot;

namespace HfReports.Engine.Charts.Types;

/// <summary>Adds rectangles as ScottPlot bars (one plottable per series, so the SVG groups them),
/// upright or lying, with the chart's outline; returns their rectangles, which labels keep off.</summary>
internal static class BarMarks
{
    public static IReadOnlyList<CoordinateRect> Add(ChartContext context, bool horizontal,
        IEnumerable<(double Position, double Base, double Top)> bars, Color color, double width, IReadOnlyList<Color>? colors = null)
    {
        var marks = context.Chart.Marks;
        var outlined = marks.Outline is not null;
        var list = bars.Select((b, i) => new Bar
        {
            Position = b.Position,
            ValueBase = b.Base,
            Value = b.Top,
            Size = width,
            FillColor = (colors?[i] ?? color).WithAlpha(marks.Opacity ?? 1),
            LineWidth = outlined ? (float)(marks.OutlineWidth ?? 0.3) : 0,
            LineColor = outlined ? context.OutlineColor : Colors.Transparent,
            Orientation = horizontal ? Orientation.Horizontal : Orientation.Vertical,
        }).ToList();
        if (list.Count > 0) context.Plot.Add.Bars(list);
        // Labels keep off the bars (their own bar excepted).
        return list.Select(bar =>
        {
            var (low, high) = (Math.Min(bar.ValueBase, bar.Value), Math.Max(bar.ValueBase, bar.Value));
            return horizontal
                ? new CoordinateRect(low, high, bar.Position - width / 2, bar.Position + width / 2)
                : new CoordinateRect(bar.Position - width / 2, bar.Position + width / 2, low, high);
        }).ToArray();
    }

    /// <summary>The width of a bar on a number or date axis: the declared width, else 90% of the closest spacing of positions.</summary>
    public static double Width(ChartContext context, IEnumerable<double> positions, bool categorical)
    {
        if (context.Chart.Marks.BarWidth is { } declared) return declared;
        if (categorical) return 0.8;
        var distinct = positions.Distinct().Order().ToArray();
        var gap = double.MaxValue;
        for (var i = 1; i < distinct.Length; i++) gap = Math.Min(gap, distinct[i] - distinct[i - 1]);
        return gap == double.MaxValue ? 0.8 : gap * 0.9;
    }
}
