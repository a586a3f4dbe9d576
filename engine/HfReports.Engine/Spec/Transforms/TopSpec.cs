namespace HfReports.Engine.Spec.Transforms;

/// <summary>`top: { n, by: column, order: descending|ascending, within: [groups] }`: keeps the first n rows
/// by a column, overall or within each group.</summary>
internal sealed record TopSpec(int N, string By, bool Descending, IReadOnlyList<string> Within, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public static readonly string[] Orders = ["descending", "ascending"];

    public override string Name => "top";

    public static TopSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("n", "by", "order", "within");
        if (!args.IsValid) return null;
        var n = args.Integer("n", required: true);
        var by = args.String("by", required: true);
        if (n is < 1)
            factory.Diagnostics.Error($"'n' must be at least 1, found {n}", args.Optional("n")!.Location, args.Optional("n")!.KeyPath);
        var order = args.Choice("order", Orders) ?? "descending";
        return n is null or < 1 || by is null ? null
            : new TopSpec(n.Value, by, order == "descending", args.StringList("within"), factory.Node.Location, factory.Node.KeyPath);
    }
}
