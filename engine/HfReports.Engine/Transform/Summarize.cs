using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Groups once and computes every aggregate of a `summarize` per group, side by side.</summary>
internal static class Summarize
{
    public static Frame Apply(Frame frame, SummarizeSpec spec)
    {
        var keys = spec.By.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var inputs = spec.Aggregates.Select(a =>
        {
            if (a.Column is null) return null;
            var at = spec with { Location = a.Location, KeyPath = a.KeyPath };
            var column = TransformPipeline.Column(frame, a.Column, at);
            TransformPipeline.RequireType(column, at, AggregateFunctions.Accepts(a.Function));
            return column;
        }).ToArray();
        var groups = Grouping.Rows(frame, keys);
        var columns = Grouping.KeyColumns(keys, groups.Keys);
        for (var i = 0; i < spec.Aggregates.Count; i++)
        {
            var aggregate = spec.Aggregates[i];
            var input = inputs[i];
            var values = groups.Values.Select(rows => AggregateFunctions.Compute(aggregate.Function, input, rows, aggregate.P ?? 0.5)).ToArray();
            columns.Add(new FrameColumn(aggregate.Name, AggregateFunctions.ResultType(aggregate.Function, input?.Type ?? ColumnType.Integer), values));
        }
        return TransformPipeline.NewFrame(columns, spec);
    }
}
