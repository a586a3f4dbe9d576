using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Running total of a column within each group, in the order of the order keys. Rows come out
/// sorted by the order keys, then the groups; a null value adds nothing (the total carries on).</summary>
internal static class Cumulative
{
    public static Frame Apply(Frame frame, CumulativeSpec spec)
    {
        var column = TransformPipeline.Column(frame, spec.Column, spec);
        TransformPipeline.RequireType(column, spec, ColumnType.Integer, ColumnType.Real);
        var order = spec.Order.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var groups = spec.By.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();

        // Stable sort by (order keys, group keys): OrderBy keeps equal rows in their original order.
        var rows = Enumerable.Range(0, frame.RowCount)
            .OrderBy(r => Grouping.Key(order, r))
            .ThenBy(r => Grouping.Key(groups, r))
            .ToArray();
        var sorted = frame.SelectRows(rows);
        var sortedColumn = sorted[spec.Column];
        var sortedGroups = spec.By.Select(name => sorted[name]).ToArray();

        var totals = new Dictionary<GroupKey, double>();
        var running = new object?[sorted.RowCount];
        for (var row = 0; row < sorted.RowCount; row++)
        {
            var key = Grouping.Key(sortedGroups, row);
            var total = totals.GetValueOrDefault(key) + (sortedColumn.AsDouble(row) ?? 0);
            totals[key] = total;
            // Boxed apart: a conditional of long and double would make every value a double.
            running[row] = column.Type == ColumnType.Integer ? (object)(long)total : total;
        }
        return Grouping.WithColumn(sorted, new FrameColumn(spec.As, column.Type, running));
    }
}
