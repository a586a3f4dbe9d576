namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// The unit of pagination: something of a known height that is drawn at a position. Paragraphs
/// become one box per line, tables one box per row, so the paginator can break between them.
/// </summary>
internal abstract class LayoutBox
{
    public abstract float Height { get; }

    /// <summary>The box must stand on the same page as the next one (headings, figure and caption, first lines).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>A named destination placed at the top of the box (sections, figures, tables).</summary>
    public string? Anchor { get; set; }

    /// <summary>What in the spec produced the box, for errors ("figure 'x'").</summary>
    public string? Source { get; set; }

    /// <summary>Vertical space that is dropped when it would fall at the top of a page.</summary>
    public virtual bool IsDiscardableAtPageTop => false;

    /// <summary>
    /// Splits the box so that its first part is at most <paramref name="height"/> tall, for boxes
    /// that may be taller than a page (table rows). Null when no non-empty first part fits.
    /// </summary>
    public virtual (LayoutBox Head, LayoutBox Tail)? Split(float height) => null;

    public abstract void Draw(PageContext page, float x, float y, float width);
}
