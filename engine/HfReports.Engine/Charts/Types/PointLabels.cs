namespace HfReports.Engine.Charts.Types;

/// <summary>Queues the label encoding's text at data points (x, y in the chart's own orientation).</summary>
public static class PointLabels
{
    public static void Add(ChartContext context, IReadOnlyList<int> rows, IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        if (context.Chart.Label is not { } label) return;
        var column = context.Column(label, "label");
        for (var i = 0; i < rows.Count; i++)
        {
            if (column[rows[i]] is not { } value) continue;
            var text = value is double d ? Axes.AxisSetup.FormatNumber(d, label.Format ?? "0.##")
                : value is long l ? Axes.AxisSetup.FormatNumber(l, label.Format)
                : Axes.AxisScale.CategoryName(value);
            var (x, y) = context.Horizontal ? (ys[i], xs[i]) : (xs[i], ys[i]);
            context.PointLabels.Add((x, y, LabelText.Truncate(text, label.Truncate ?? 24)));
        }
    }
}
