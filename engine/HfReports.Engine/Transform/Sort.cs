using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Orders rows by columns (stable). Ascending puts nulls first, as everywhere keys are ordered; descending reverses that.</summary>
internal static class Sort
{
    public static Frame Apply(Frame frame, SortSpec spec)
    {
        var keys = spec.By.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var rows = Enumerable.Range(0, frame.RowCount);
        var sorted = spec.Descending ? rows.OrderByDescending(r => Grouping.Key(keys, r)) : rows.OrderBy(r => Grouping.Key(keys, r));
        return frame.SelectRows(sorted.ToArray());
    }
}
