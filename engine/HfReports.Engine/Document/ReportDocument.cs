namespace HfReports.Engine.Document;

/// <summary>
/// The format-neutral report: title block, numbered sections with their blocks, references.
/// Numbers and cross-references are already resolved; renderers only lay it out.
/// </summary>
public sealed record ReportDocument(
    string Id,
    TitleBlock Title,
    IReadOnlyList<DocSection> Sections,
    IReadOnlyList<DocReference> References,
    DateTime CreatedAt);

/// <param name="Notice">A banner shown under the title, e.g. that the data is synthetic.</param>
/// <param name="Provenance">Which import, source file and leaderboard generation the report was built from.</param>
public sealed record TitleBlock(
    string Title,
    string? Subtitle,
    IReadOnlyList<(string Name, IReadOnlyList<int> Affiliations)> Authors,
    IReadOnlyList<string> Affiliations,
    IReadOnlyList<Paragraph> Abstract,
    IReadOnlyList<string> Keywords,
    string? Notice,
    string? Provenance = null);

/// <summary>A numbered section ("2", "2.1") with its anchor, blocks and subsections.</summary>
public sealed record DocSection(string Number, string Title, string Anchor, int Level, IReadOnlyList<DocBlock> Blocks, IReadOnlyList<DocSection> Sections);

public sealed record DocReference(string Id, int Number, string Anchor, string Text);
