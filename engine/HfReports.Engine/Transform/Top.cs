using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Keeps the first n rows by a column, overall or within each group. Rows whose ranking value is null
/// have no rank and are dropped; ties keep their original order. Groups come out in key order, each ranked.</summary>
internal static class Top
{
    public static Frame Apply(Frame frame, TopSpec spec)
    {
        var by = TransformPipeline.Column(frame, spec.By, spec);
        var within = spec.Within.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var kept = new List<int>();
        foreach (var rows in Grouping.Rows(frame, within).Values)
        {
            var ranked = rows.Where(r => by[r] is not null);
            var ordered = spec.Descending
                ? ranked.OrderByDescending(r => by[r], Comparer<object?>.Create(GroupKey.CompareValues))
                : ranked.OrderBy(r => by[r], Comparer<object?>.Create(GroupKey.CompareValues));
            kept.AddRange(ordered.Take(spec.N));
        }
        return frame.SelectRows(kept);
    }
}
