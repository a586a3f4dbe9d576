namespace HfReports.Engine.Spec.Transforms;

/// <summary>`percent: { column, within: [groups], as, scale: 100 }`: each row's share of its group's total.</summary>
internal sealed record PercentSpec(string Column, IReadOnlyList<string> Within, string As, double Scale, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public override string Name => "percent";

    public static PercentSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("column", "within", "as", "scale");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        return column is null ? null
            : new PercentSpec(column, args.StringList("within"), args.String("as") ?? "percent", args.Number("scale") ?? 100,
                factory.Node.Location, factory.Node.KeyPath);
    }
}
