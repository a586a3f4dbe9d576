namespace HfReports.Engine.Spec;

/// <summary>One report: its title block, parameters, shared frames, sections and references.</summary>
internal sealed record ReportSpec(
    string Id,
    string Title,
    string? Subtitle,
    IReadOnlyList<AuthorSpec> Authors,
    IReadOnlyList<string> Affiliations,
    string? Abstract,
    IReadOnlyList<string> Keywords,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyDictionary<string, DataSpec> Frames,
    IReadOnlyList<SectionSpec> Sections,
    IReadOnlyList<ReferenceSpec> References,
    string Folder,
    SourceLocation Location)
{
    /// <summary>Ids of figures and tables whose spec has errors (already reported): `ref` to them is not a second error.</summary>
    public IReadOnlySet<string> UnreadIds { get; init; } = new HashSet<string>();

    /// <summary>Where the abstract's text begins (template positions count from here); the report's start when it has none.</summary>
    public SourceLocation AbstractStart { get; init; } = Location;

    /// <summary>The leaderboard generations ('v1', 'v2') whose snapshots the report describes; empty: any.</summary>
    public IReadOnlyList<string> Generations { get; init; } = [];

    /// <summary>Each parameter's type (<see cref="ParameterType"/>): declared, or that of its default.</summary>
    public IReadOnlyDictionary<string, string> ParameterTypes { get; init; } = new Dictionary<string, string>();

    public bool Serves(string? generation) => Generations.Count == 0 || generation is not null && Generations.Contains(generation);
}

internal sealed record AuthorSpec(string Name, IReadOnlyList<int> Affiliations);

internal sealed record ReferenceSpec(string Id, string Text, SourceLocation Location);

/// <summary>A numbered section: its blocks, then its subsections.</summary>
internal sealed record SectionSpec(string? Id, string Title, IReadOnlyList<BlockSpec> Blocks, IReadOnlyList<SectionSpec> Sections, SourceLocation Location);
