using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Counts rows per distinct key combination; groups come out sorted by their keys so output is stable.</summary>
public static class Count
{
    public static Frame Apply(Frame frame, CountSpec spec)
    {
        var keys = spec.By.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var groups = new SortedDictionary<GroupKey, long>();
        for (var row = 0; row < frame.RowCount; row++)
        {
            var key = new GroupKey(keys.Select(k => k[row]).ToArray());
            groups[key] = groups.TryGetValue(key, out var n) ? n + 1 : 1;
        }
        var columns = keys.Select((k, i) => new FrameColumn(k.Name, k.Type, groups.Keys.Select(g => g.Values[i]).ToArray())).ToList();
        columns.Add(new FrameColumn(spec.As, ColumnType.Integer, groups.Values.Select(v => (object?)v).ToArray()));
        return new Frame(columns);
    }
}
