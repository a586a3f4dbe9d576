namespace HfReports.Engine.Spec;

/// <summary>
/// `checks: { id, caption }`: a numbered table listing every expectation of the report with its
/// expected and actual values, followed by the blocks that could not be built from this
/// snapshot — the report's own reproduction check.
/// </summary>
internal sealed record ChecksBlockSpec(string Id, string Caption, SourceLocation Location, string KeyPath) : BlockSpec(Location, KeyPath)
{
    public static ChecksBlockSpec? Read(SpecNode node, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(node, diagnostics, "a checks block", "id", "caption");
        var id = reader.String("id", required: true);
        var caption = reader.String("caption", required: true);
        return id is null || caption is null ? null : new ChecksBlockSpec(id, caption, node.Location, node.KeyPath);
    }
}
