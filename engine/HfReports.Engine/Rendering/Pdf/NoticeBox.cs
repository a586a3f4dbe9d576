using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// A framed, shaded panel of paragraphs (the synthetic-data banner, missing items). Each paragraph may
/// carry a named destination, so links to a missing figure land on its line in the panel.
/// </summary>
internal sealed class NoticeBox(IReadOnlyList<(string? Anchor, IReadOnlyList<LineBox> Lines)> entries, float padding, float gap = 0) : LayoutBox
{
    public NoticeBox(IReadOnlyList<LineBox> lines, float padding) : this([(null, lines)], padding) { }

    public override float Height => entries.Sum(e => e.Lines.Sum(l => l.Height)) + gap * (entries.Count - 1) + 2 * padding;

    public override void Draw(PageContext page, float x, float y, float width)
    {
        var rect = new SKRect(x, y, x + width, y + Height);
        using (var fill = new SKPaint { Color = new SKColor(0xF3, 0xF1, 0xEA), Style = SKPaintStyle.Fill })
            page.Canvas.DrawRect(rect, fill);
        using (var stroke = new SKPaint { Color = new SKColor(0x99, 0x88, 0x66), Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f, IsAntialias = true })
            page.Canvas.DrawRect(rect, stroke);
        var lineY = y + padding;
        foreach (var (anchor, lines) in entries)
        {
            if (anchor is not null) page.Canvas.DrawNamedDestinationAnnotation(new SKPoint(x, lineY), anchor);
            foreach (var line in lines)
            {
                line.Draw(page, x + padding, lineY, width - 2 * padding);
                lineY += line.Height;
            }
            lineY += gap;
        }
    }
}
