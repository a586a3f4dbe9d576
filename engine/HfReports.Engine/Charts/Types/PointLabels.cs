using HfReports.Engine.Spec.Charts;

namespace HfReports.Engine.Charts.Types;

/// <summary>The label encoding's text at data points (x, y in the chart's own orientation): every point, or
/// with <c>at</c> only each series' last or highest one.</summary>
internal static class PointLabels
{
    public static IEnumerable<LabelLayer.Label> At(ChartContext context, bool horizontal, IReadOnlyList<int> rows,
        IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (context.Chart.Label is not { } label) yield break;
        var column = context.Column(label, "label");
        if (rows.Count == 0) yield break;
        // 'last' labels each series' last point (a line's end), 'max' its highest; 'all' every point.
        var chosen = label.At switch
        {
            LabelAt.Last => [rows.Count - 1],
            LabelAt.Max => [Enumerable.Range(0, rows.Count).MaxBy(i => ys[i])],
            LabelAt.All or null => Enumerable.Range(0, rows.Count),
        };
        var best = Enumerable.Range(0, rows.Count).Where(i => column[rows[i]] is not null).DefaultIfEmpty(-1).MaxBy(i => i < 0 ? 0 : ys[i]);
        foreach (var i in chosen)
        {
            if (column[rows[i]] is not { } value) continue;
            var text = value is double d ? Axes.AxisSetup.FormatNumber(d, label.Format ?? "0.##")
                : value is long l ? Axes.AxisSetup.FormatNumber(l, label.Format)
                : Axes.AxisScale.CategoryName(value);
            var (x, y) = horizontal ? (ys[i], xs[i]) : (xs[i], ys[i]);
            yield return new LabelLayer.Label(x, y, LabelText.Truncate(text, label.Truncate ?? 24), ChartContext.LabelColor, SeriesBest: i == best);
        }
    }
}
