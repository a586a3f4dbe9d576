using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// A figure with its caption, or a short table with its caption and note: boxes that stand together.
/// When it does not fit in what is left of a page it floats to the top of the next page and the text
/// after it fills the gap, unless it is pinned (placement: here), when it moves with the text.
/// </summary>
internal sealed class FloatBox(IReadOnlyList<LayoutBox> parts, float spaceBefore, float spaceAfter, bool floats) : LayoutBox
{
    public IReadOnlyList<LayoutBox> Parts { get; } = parts;

    /// <summary>Whether it may move past the text after it (false: pinned in place).</summary>
    public bool Floats { get; } = floats;

    /// <summary>Space above it when it follows text on the page (none at the top of a page).</summary>
    public float SpaceBefore { get; } = spaceBefore;

    /// <summary>Space between it and the text below it.</summary>
    public float SpaceAfter { get; } = spaceAfter;

    /// <summary>A table (with its caption and note) rather than a figure: each kind keeps its own order.</summary>
    public bool IsTable { get; init; }

    /// <summary>Stands alone on a page turned landscape (typeset as wide as a portrait page is tall).</summary>
    public bool Landscape { get; init; }

    /// <summary>Carries its section's heading (a section of figures and tables only): nothing after it may go before
    /// it, or a later section would open before this one.</summary>
    public bool OpensSection { get; init; }

    public override float Height => Parts.Sum(p => p.Height);

    public override void Draw(PageContext page, float x, float y, float width)
    {
        foreach (var part in Parts)
        {
            if (part.Anchor is { } anchor) page.Canvas.DrawNamedDestinationAnnotation(new SKPoint(x, y), anchor);
            part.Draw(page, x, y, width);
            y += part.Height;
        }
    }
}

/// <summary>Where the floats waiting for a page must be placed before going on: an explicit page break, or the references.</summary>
internal sealed class FloatBarrierBox(bool breakPage) : LayoutBox
{
    /// <summary>Also start a new page after the floats (page_break in the spec).</summary>
    public bool BreakPage { get; } = breakPage;

    /// <summary>Stands before a table long enough to flow across pages: the waiting tables must go first, the waiting
    /// figures may wait on (the paginator tries both).</summary>
    public bool BeforeLongTable { get; init; }

    public override float Height => 0;
    public override void Draw(PageContext page, float x, float y, float width) { }
}
