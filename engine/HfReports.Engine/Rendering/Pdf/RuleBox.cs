using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A horizontal rule, across the text width or from <paramref name="left"/> over <paramref name="length"/> (a table's bottom rule).</summary>
internal sealed class RuleBox(float thickness, float padding = 1f, float left = 0, float? length = null) : LayoutBox
{
    public override float Height => thickness + 2 * padding;

    public override void Draw(PageContext page, float x, float y, float width)
    {
        using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = thickness, IsAntialias = true };
        var middle = y + padding + thickness / 2;
        page.Canvas.DrawLine(x + left, middle, x + left + (length ?? width - left), middle, paint);
    }
}
