using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A typeface at a size and colour: everything needed to measure and draw a piece of text.</summary>
/// <param name="Rise">How far the baseline is raised (superscripts).</param>
internal sealed record TextStyle(SKTypeface Typeface, float Size, SKColor Color, float Rise = 0)
{
    public float LineHeight => Size * 1.3f;

    public SKFont CreateFont() => new(Typeface, Size) { Subpixel = true, Edging = SKFontEdging.Antialias };
}
