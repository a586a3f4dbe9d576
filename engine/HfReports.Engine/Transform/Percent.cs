using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Each row's share of its group's total (times the scale, 100 by default). Row order is kept;
/// a null value has a null share, and a group whose total is 0 has null shares.</summary>
internal static class Percent
{
    public static Frame Apply(Frame frame, PercentSpec spec)
    {
        var column = TransformPipeline.Column(frame, spec.Column, spec);
        TransformPipeline.RequireType(column, spec, ColumnType.Integer, ColumnType.Real);
        var within = spec.Within.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var shares = new object?[frame.RowCount];
        foreach (var rows in Grouping.Rows(frame, within).Values)
        {
            var total = rows.Sum(r => column.AsDouble(r) ?? 0);
            foreach (var row in rows)
                shares[row] = column.AsDouble(row) is { } value && total != 0 ? value / total * spec.Scale : null;
        }
        return Grouping.WithColumn(frame, new FrameColumn(spec.As, ColumnType.Real, shares));
    }
}
