namespace HfReports.Engine.Spec.Transforms;

/// <summary>The aggregates of the single-aggregate transforms and of <c>summarize</c>, in the order error messages list
/// them.</summary>
internal enum AggregateFunction
{
    Count,
    Sum,
    Mean,
    Median,
    Quantile,
    Min,
    Max,
    Sd,
}
