namespace HfReports.Engine.Spec.Transforms;

/// <summary>`select: [columns]`: keeps only these columns, in this order.</summary>
internal sealed record SelectSpec(IReadOnlyList<string> Columns, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "select";

    public static SelectSpec? Read(MappingReaderFactory factory)
    {
        var node = factory.Node;
        if (node.IsScalar && !node.IsNull) return new SelectSpec([node.Text], node.Location, node.KeyPath);
        if (!node.IsSequence || node.Items().Any(i => !i.IsScalar))
        {
            factory.Diagnostics.Error($"the 'select' transform takes a list of column names, found {node.KindName}", node.Location, node.KeyPath,
                "for example: select: [week, models]");
            return null;
        }
        return new SelectSpec(node.Items().Select(i => i.Text).ToArray(), node.Location, node.KeyPath);
    }
}
