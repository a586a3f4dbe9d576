using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A typeface at a size and colour: everything needed to measure and draw a piece of text.</summary>
public sealed record TextStyle(SKTypeface Typeface, float Size, SKColor Color)
{
    public float LineHeight => Size * 1.3f;

    public SKFont CreateFont() => new(Typeface, Size) { Subpixel = true, Edging = SKFontEdging.Antialias };
}
