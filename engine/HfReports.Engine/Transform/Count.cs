using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Counts rows per distinct key combination (a null key is its own group); groups come out sorted by their keys.</summary>
internal static class Count
{
    public static Frame Apply(Frame frame, CountSpec spec)
    {
        var keys = spec.By.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var groups = Grouping.Rows(frame, keys);
        var columns = Grouping.KeyColumns(keys, groups.Keys);
        columns.Add(new FrameColumn(spec.As, ColumnType.Integer, groups.Values.Select(rows => (object?)(long)rows.Count).ToArray()));
        return TransformPipeline.NewFrame(columns, spec);
    }
}
