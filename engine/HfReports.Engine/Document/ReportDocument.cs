using HfReports.Engine.Spec;

namespace HfReports.Engine.Document;

/// <summary>
/// The format-neutral report: title block, numbered sections with their blocks, references.
/// Numbers and cross-references are already resolved; renderers only lay it out.
/// </summary>
internal sealed record ReportDocument(
    string Id,
    TitleBlock Title,
    IReadOnlyList<DocSection> Sections,
    IReadOnlyList<DocReference> References,
    DateTime CreatedAt)
{
    /// <summary>Every section, each before its subsections (the order they are read in).</summary>
    public IEnumerable<DocSection> AllSections => Flatten(Sections);

    /// <summary>Every block of every section, in reading order.</summary>
    public IEnumerable<DocBlock> AllBlocks => AllSections.SelectMany(s => s.Blocks);

    private static IEnumerable<DocSection> Flatten(IEnumerable<DocSection> sections) =>
        sections.SelectMany(s => Flatten(s.Sections).Prepend(s));
}

/// <summary>The title block as every format shows it; the formats differ only in typography.</summary>
/// <param name="Authors">The authors, each followed by the superscript numbers of their affiliations (journal style);
/// null when the report names none.</param>
/// <param name="Affiliations">Each affiliation after its superscript number.</param>
/// <param name="Keywords">"a; b; c"; null when the report gives none.</param>
/// <param name="Notice">A banner shown under the title, e.g. that the data is synthetic.</param>
/// <param name="Provenance">Which import, source file and leaderboard generation the report was built from.</param>
internal sealed record TitleBlock(
    string Title,
    string? Subtitle,
    Paragraph? Authors,
    IReadOnlyList<Paragraph> Affiliations,
    IReadOnlyList<Paragraph> Abstract,
    string? Keywords,
    string? Notice,
    string? Provenance = null)
{
    /// <summary>The authors' names as plain text, for a format's metadata (the PDF's Author).</summary>
    public IReadOnlyList<string> AuthorNames { get; init; } = [];

    /// <summary>The keywords one by one, for a format's metadata (the PDF's Keywords).</summary>
    public IReadOnlyList<string> KeywordList { get; init; } = [];

    /// <summary>The title block of a report, with its abstract already rendered.</summary>
    public static TitleBlock Format(ReportSpec report, IReadOnlyList<Paragraph> @abstract, string? notice, string? provenance) =>
        Of(report.Title, report.Subtitle, report.Authors.Select(a => (a.Name, a.Affiliations)).ToArray(), report.Affiliations,
            @abstract, report.Keywords, notice, provenance);

    /// <param name="authors">Each author's name and the (1-based) numbers of their affiliations.</param>
    public static TitleBlock Of(string title, string? subtitle, IReadOnlyList<(string Name, IReadOnlyList<int> Affiliations)> authors,
        IReadOnlyList<string> affiliations, IReadOnlyList<Paragraph> @abstract, IReadOnlyList<string> keywords, string? notice,
        string? provenance = null)
    {
        var names = new List<TextRun>();
        foreach (var (author, i) in authors.Select((a, i) => (a, i)))
        {
            names.Add(new TextRun((i > 0 ? ", " : "") + author.Name));
            if (author.Affiliations.Count > 0) names.Add(new TextRun(string.Join(",", author.Affiliations), RunStyle.Superscript));
        }
        return new TitleBlock(title, subtitle, names.Count == 0 ? null : new Paragraph(names),
            affiliations.Select((a, i) => new Paragraph([new TextRun($"{i + 1}", RunStyle.Superscript), new TextRun(" " + a)])).ToArray(),
            @abstract, keywords.Count == 0 ? null : string.Join("; ", keywords), notice, provenance)
        {
            AuthorNames = authors.Select(a => a.Name).ToArray(),
            KeywordList = keywords,
        };
    }
}

/// <summary>A numbered section ("2", "2.1") with its anchor, blocks and subsections.</summary>
internal sealed record DocSection(string Number, string Title, string Anchor, int Level, IReadOnlyList<DocBlock> Blocks, IReadOnlyList<DocSection> Sections);

internal sealed record DocReference(string Id, int Number, string Anchor, string Text);
