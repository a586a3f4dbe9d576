namespace HfReports.Engine.Spec.Transforms;

/// <summary>`count: { by: [keys], as: n }`: one row per distinct key combination with the number of rows.</summary>
internal sealed record CountSpec(IReadOnlyList<string> By, string As, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "count";

    public static CountSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("by", "as");
        if (!args.IsValid) return null;
        return new CountSpec(args.StringList("by"), args.String("as") ?? "n", factory.Node.Location, factory.Node.KeyPath);
    }
}
