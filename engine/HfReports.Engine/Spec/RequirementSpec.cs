namespace HfReports.Engine.Spec;

/// <summary>
/// `requires: { tables: [repo_commits], reason: ... }` on a figure or table: the snapshot tables
/// its data needs rows in. When one is empty (e.g. the snapshot was never enriched from the Hub)
/// the block is shown as a notice saying why, instead of failing or drawing an empty chart. The
/// optional remedy ("run `hfreports snapshot enrich`") is said only in the first such notice.
/// </summary>
internal sealed record RequirementSpec(IReadOnlyList<string> Tables, string Reason, SourceLocation Location, string KeyPath)
{
    public string? Remedy { get; init; }

    public static RequirementSpec? Read(SpecNode? node, DiagnosticBag diagnostics)
    {
        if (node is null || node.IsNull) return null;
        var reader = new MappingReader(node, diagnostics, "'requires'", "tables", "reason", "remedy");
        if (!reader.IsValid) return null;
        var tables = reader.StringList("tables", required: true);
        var reason = reader.String("reason", required: true);
        var remedy = reader.String("remedy");
        return tables.Count == 0 || reason is null ? null : new RequirementSpec(tables, reason, node.Location, node.KeyPath) { Remedy = remedy };
    }
}
