namespace HfReports.Engine.Spec.Transforms;

/// <summary>`sum|mean|median|sd|min|max: { column, by: [keys], as }` and `quantile: { column, p, by, as }`: one row per
/// distinct key combination with the column's aggregate over the group's non-null values.</summary>
internal sealed record AggregateSpec(AggregateFunction Function, string Column, IReadOnlyList<string> By, string As, double? P, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public static readonly AggregateFunction[] Functions =
    [
        AggregateFunction.Sum, AggregateFunction.Mean, AggregateFunction.Median, AggregateFunction.Quantile,
        AggregateFunction.Sd, AggregateFunction.Min, AggregateFunction.Max,
    ];

    public override string Name => SpecWords.Word(Function);

    public static Func<MappingReaderFactory, AggregateSpec?> ReaderFor(AggregateFunction function) => factory =>
    {
        var args = function == AggregateFunction.Quantile ? factory.Open("column", "p", "by", "as") : factory.Open("column", "by", "as");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        double? p = function == AggregateFunction.Quantile ? ReadProbability(args) : null;
        if (function == AggregateFunction.Quantile && p is null) return null;
        return column is null ? null
            : new AggregateSpec(function, column, args.StringList("by"), args.String("as") ?? column, p, factory.Node.Location, factory.Node.KeyPath);
    };

    /// <summary>The `p` of a quantile: a number from 0 to 1 (0.5 is the median).</summary>
    public static double? ReadProbability(MappingReader args)
    {
        var p = args.Number("p", required: true);
        if (p is null or (>= 0 and <= 1)) return p;
        var node = args.Optional("p")!;
        args.Diagnostics.Error($"'p' is a probability from 0 to 1, found {node.Text}", node.Location, node.KeyPath, "for example p: 0.9 for the 90th percentile");
        return null;
    }
}
