using HfReports.Engine.Frames;

namespace HfReports.Engine.Transform;

/// <summary>Splits a frame's rows into groups by key columns; groups come out in <see cref="GroupKey"/> order
/// (nulls first, then by value) and rows keep their order within a group.</summary>
internal static class Grouping
{
    public static SortedDictionary<GroupKey, List<int>> Rows(Frame frame, IReadOnlyList<FrameColumn> keys)
    {
        var groups = new SortedDictionary<GroupKey, List<int>>();
        for (var row = 0; row < frame.RowCount; row++)
        {
            var key = Key(keys, row);
            if (!groups.TryGetValue(key, out var rows)) groups[key] = rows = [];
            rows.Add(row);
        }
        return groups;
    }

    public static GroupKey Key(IReadOnlyList<FrameColumn> keys, int row) => new(keys.Select(k => k[row]).ToArray());

    /// <summary>The key columns of a grouped result: one row per group.</summary>
    public static List<FrameColumn> KeyColumns(IReadOnlyList<FrameColumn> keys, IEnumerable<GroupKey> groups)
    {
        var list = groups.ToArray();
        return keys.Select((k, i) => new FrameColumn(k.Name, k.Type, list.Select(g => g.Values[i]).ToArray())).ToList();
    }

    /// <summary>The frame with a column added at the end, or replaced in place when the name exists.</summary>
    public static Frame WithColumn(Frame frame, FrameColumn column) => frame.Has(column.Name)
        ? new Frame(frame.Columns.Select(c => c.Name == column.Name ? column : c).ToArray())
        : new Frame([.. frame.Columns, column]);
}
