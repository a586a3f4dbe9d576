using HfReports.Engine.Tables;

namespace HfReports.Engine.Document;

/// <summary>A block of the format-neutral document tree.</summary>
internal abstract record DocBlock;

/// <summary>A paragraph of rich text.</summary>
internal sealed record Paragraph(IReadOnlyList<TextRun> Runs) : DocBlock;

/// <summary>A numbered figure with its caption and the data behind it as CSV (UTF-8; null when it is too large to embed).</summary>
internal sealed record FigureBlock(string Id, int Number, string Anchor, Paragraph Caption, DrawnFigure Graphic, byte[]? DataCsv) : DocBlock
{
    /// <summary>Stays where it stands in the text rather than floating to the top of the next page.</summary>
    public bool Pinned { get; init; }

    /// <summary>Stands on a page of its own, turned landscape.</summary>
    public bool Landscape { get; init; }
}

/// <summary>A numbered table with its caption, optional note, and the data behind it as CSV (UTF-8; null when it is too large to embed).</summary>
internal sealed record TableBlock(string Id, int Number, string Anchor, Paragraph Caption, TableContent Content, Paragraph? Note, byte[]? DataCsv) : DocBlock
{
    /// <summary>A short table that stays where it stands in the text rather than floating.</summary>
    public bool Pinned { get; init; }

    /// <summary>Stands on a page of its own, turned landscape.</summary>
    public bool Landscape { get; init; }
}

/// <summary>The next block starts a new page.</summary>
internal sealed record PageBreakBlock : DocBlock;

/// <summary>A framed notice in place of an item that could not be built; it keeps the item's anchor so links to it resolve.</summary>
internal sealed record NoticeBlock(string Title, Paragraph Body, string? Anchor = null) : DocBlock;

/// <summary>An item this snapshot has no data for, shown in its place: its anchor, label ("Figure 3"), caption and why it is missing.</summary>
internal sealed record MissingItem(string Id, string Anchor, string Label, Paragraph Caption, Paragraph Why);

/// <summary>
/// One framed panel for consecutive missing items (one line each), so that several in a row read as
/// a short list rather than a stack of boxes.
/// </summary>
internal sealed record MissingItemsBlock(IReadOnlyList<MissingItem> Items) : DocBlock
{
    /// <summary>Each item as one paragraph: "Figure 3 — Caption — why it is missing".</summary>
    public static Paragraph Entry(MissingItem item)
    {
        var runs = new List<TextRun> { new(item.Label, RunStyle.Bold) };
        var caption = item.Caption.Runs.ToList();
        if (caption.Count > 0 && caption[^1].Text.TrimEnd() is var last && last.EndsWith('.'))
            caption[^1] = caption[^1] with { Text = last[..^1] };
        if (caption.Count > 0) runs.Add(new TextRun(" — "));
        runs.AddRange(caption);
        runs.Add(new TextRun(" — "));
        runs.AddRange(item.Why.Runs.Select(r => r with { Style = r.Style | RunStyle.Italic }));
        return new Paragraph(runs);
    }
}
