using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Keeps the frequent categories of a text column and renames the others to the "other" label.
/// A category's size is its row count (or the sum of the weight column); null is a category like any other.
/// Ties at the cut of 'top' are broken by category order so the result is deterministic.</summary>
internal static class Lump
{
    public static Frame Apply(Frame frame, LumpSpec spec)
    {
        var source = TransformPipeline.Column(frame, spec.Column, spec);
        TransformPipeline.RequireType(source, spec, ColumnType.Text);
        var weight = spec.Weight is null ? null : TransformPipeline.Column(frame, spec.Weight, spec);
        if (weight is not null) TransformPipeline.RequireType(weight, spec, ColumnType.Integer, ColumnType.Real);

        var sizes = new Dictionary<GroupKey, double>();
        for (var row = 0; row < frame.RowCount; row++)
        {
            var key = new GroupKey([source[row]]);
            sizes[key] = sizes.GetValueOrDefault(key) + (weight is null ? 1 : weight.AsDouble(row) ?? 0);
        }
        var total = sizes.Values.Sum();
        var ranked = sizes.OrderByDescending(s => s.Value).ThenBy(s => s.Key).ToArray();
        var kept = ranked
            .Where((s, rank) => spec.Top is { } top ? rank < top
                : spec.MinShare is { } share ? total > 0 && s.Value / total > share
                : s.Value > spec.MinCount)
            .Select(s => s.Key)
            .ToHashSet();

        var values = new object?[frame.RowCount];
        for (var row = 0; row < frame.RowCount; row++)
            values[row] = kept.Contains(new GroupKey([source[row]])) ? source[row] : spec.Other;
        return Grouping.WithColumn(frame, new FrameColumn(spec.As, ColumnType.Text, values));
    }
}
