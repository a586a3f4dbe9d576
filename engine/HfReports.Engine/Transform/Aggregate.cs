using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>sum, mean, median, quantile, sd, min and max of a column per key combination (see <see cref="AggregateFunctions"/>).
/// Sums of integers stay integers; min and max keep the column's type.</summary>
internal static class Aggregate
{
    public static Frame Apply(Frame frame, AggregateSpec spec)
    {
        var keys = spec.By.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var column = TransformPipeline.Column(frame, spec.Column, spec);
        TransformPipeline.RequireType(column, spec, AggregateFunctions.Accepts(spec.Function));
        var groups = Grouping.Rows(frame, keys);
        var results = groups.Values.Select(rows => AggregateFunctions.Compute(spec.Function, column, rows, spec.P ?? 0.5)).ToArray();
        var columns = Grouping.KeyColumns(keys, groups.Keys);
        columns.Add(new FrameColumn(spec.As, AggregateFunctions.ResultType(spec.Function, column.Type), results));
        return TransformPipeline.NewFrame(columns, spec);
    }
}
