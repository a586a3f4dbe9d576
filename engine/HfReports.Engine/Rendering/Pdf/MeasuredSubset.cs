using HfReports.Engine.Rendering.Fonts;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A typeface cut down to the glyphs a document measured, every glyph keeping its id (see TextMeasurer).</summary>
internal sealed class MeasuredSubset(SKTypeface typeface, IReadOnlySet<int> glyphs)
{
    public SKTypeface Typeface { get; } = typeface;

    /// <summary>Whether every glyph of a shaped run is in the subset.</summary>
    public bool Holds(uint[] glyphIds) => glyphIds.All(g => glyphs.Contains((int)g));

    /// <summary>The subset of a single-face font file; null when the typeface has no such file or HarfBuzz cannot cut it.</summary>
    public static MeasuredSubset? Of(SKTypeface whole, IReadOnlySet<int> glyphs)
    {
        using var stream = whole.OpenStream(out var faceIndex);
        if (stream is null || faceIndex != 0) return null;
        var bytes = new byte[stream.Length];
        if (stream.Read(bytes, bytes.Length) != bytes.Length) return null;
        if (FontSubsetter.Subset(bytes, glyphs.Order()) is not { } subset) return null;
        using var data = SKData.CreateCopy(subset);
        return SKTypeface.FromData(data) is { } typeface ? new MeasuredSubset(typeface, glyphs) : null;
    }
}
