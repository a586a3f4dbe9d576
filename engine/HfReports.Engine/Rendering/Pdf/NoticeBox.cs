using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A framed, shaded panel of lines (the synthetic-data banner, "needs Hub enrichment" panels).</summary>
public sealed class NoticeBox(IReadOnlyList<LineBox> lines, float padding) : LayoutBox
{
    public override float Height => lines.Sum(l => l.Height) + 2 * padding;

    public override void Draw(PageContext page, float x, float y, float width)
    {
        var rect = new SKRect(x, y, x + width, y + Height);
        using (var fill = new SKPaint { Color = new SKColor(0xF3, 0xF1, 0xEA), Style = SKPaintStyle.Fill })
            page.Canvas.DrawRect(rect, fill);
        using (var stroke = new SKPaint { Color = new SKColor(0x99, 0x88, 0x66), Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f, IsAntialias = true })
            page.Canvas.DrawRect(rect, stroke);
        var lineY = y + padding;
        foreach (var line in lines)
        {
            line.Draw(page, x + padding, lineY, width - 2 * padding);
            lineY += line.Height;
        }
    }
}
