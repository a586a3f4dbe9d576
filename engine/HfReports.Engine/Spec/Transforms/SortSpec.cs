namespace HfReports.Engine.Spec.Transforms;

/// <summary>`sort: { by: [columns], order: ascending|descending }`: orders the rows (stable; nulls first when ascending).</summary>
internal sealed record SortSpec(IReadOnlyList<string> By, bool Descending, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "sort";

    public static SortSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("by", "order");
        if (!args.IsValid) return null;
        var by = args.StringList("by", required: true);
        var order = args.Choice("order", TopSpec.Orders) ?? "ascending";
        return by.Count == 0 ? null : new SortSpec(by, order == "descending", factory.Node.Location, factory.Node.KeyPath);
    }
}
