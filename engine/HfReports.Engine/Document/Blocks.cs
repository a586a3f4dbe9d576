using HfReports.Engine.Charts;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Document;

/// <summary>A block of the format-neutral document tree.</summary>
public abstract record DocBlock;

/// <summary>A paragraph of rich text.</summary>
public sealed record Paragraph(IReadOnlyList<TextRun> Runs) : DocBlock
{
    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A numbered figure with its caption and the data behind it as CSV.</summary>
public sealed record FigureBlock(string Id, int Number, string Anchor, Paragraph Caption, FigureGraphic Graphic, string DataCsv) : DocBlock;

/// <summary>A numbered table with its caption, optional note, and the data behind it as CSV.</summary>
public sealed record TableBlock(string Id, int Number, string Anchor, Paragraph Caption, TableContent Content, Paragraph? Note, string DataCsv) : DocBlock;

/// <summary>A framed notice in place of an item that cannot be built from this snapshot (e.g. it needs Hub enrichment).</summary>
public sealed record NoticeBlock(string Title, Paragraph Body) : DocBlock;
