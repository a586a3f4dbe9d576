namespace HfReports.Engine.Spec.Transforms;

/// <summary>`cumulative: { column, order: [keys], by: [groups], as }`: the running total of a column within
/// each group, in the order of the order keys.</summary>
internal sealed record CumulativeSpec(string Column, IReadOnlyList<string> Order, IReadOnlyList<string> By, string As,
    SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "cumulative";

    public static CumulativeSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("column", "order", "by", "as");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        var order = args.StringList("order", required: true);
        return column is null || order.Count == 0 ? null
            : new CumulativeSpec(column, order, args.StringList("by"), args.String("as") ?? column, factory.Node.Location, factory.Node.KeyPath);
    }
}
