namespace HfReports.Engine.Spec.Transforms;

/// <summary>`sum|mean|median|min|max: { column, by: [keys], as }`: one row per distinct key combination
/// with the column's aggregate over the group's non-null values.</summary>
public sealed record AggregateSpec(string Function, string Column, IReadOnlyList<string> By, string As, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public static readonly string[] Functions = ["sum", "mean", "median", "min", "max"];

    public override string Name => Function;

    public static Func<MappingReaderFactory, TransformSpec?> ReaderFor(string function) => factory =>
    {
        var args = factory.Open("column", "by", "as");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        return column is null ? null
            : new AggregateSpec(function, column, args.StringList("by"), args.String("as") ?? column, factory.Node.Location, factory.Node.KeyPath);
    };
}
