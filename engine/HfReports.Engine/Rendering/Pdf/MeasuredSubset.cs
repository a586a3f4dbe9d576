using System.Collections.Frozen;
using HfReports.Engine.Rendering.Fonts;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A typeface cut down to the glyphs a document measured, every glyph keeping its id (see TextMeasurer).</summary>
internal sealed class MeasuredSubset(SKTypeface typeface, FrozenSet<int> glyphs)
{
    public SKTypeface Typeface { get; } = typeface;

    /// <summary>Whether every glyph of a shaped run is in the subset.</summary>
    public bool Holds(uint[] glyphIds) => glyphIds.All(g => glyphs.Contains((int)g));

    /// <summary>The subset of a single-face, static font file, drawing the measured glyphs as the typeface does; null
    /// otherwise (a collection, a variable font, a face fontconfig makes bold or slanted on top of its file), or when
    /// HarfBuzz cannot cut it: the text is then drawn in the whole font.</summary>
    public static MeasuredSubset? Of(SKTypeface whole, IReadOnlySet<int> measured)
    {
        var glyphs = measured.ToFrozenSet(); // measuring may go on; the subset holds what it was cut with
        if (whole.GetTableTags().Contains(VariationsTable)) return null;
        if (FontFile.SingleFaceBytes(whole) is not { } bytes) return null;
        if (FontSubsetter.Subset(bytes, glyphs.Order()) is not { } subset) return null;
        using var data = SKData.CreateCopy(subset);
        if (SKTypeface.FromData(data) is not { } typeface) return null;
        if (DrawsAlike(whole, typeface, glyphs)) return new MeasuredSubset(typeface, glyphs);
        typeface.Dispose();
        return null;
    }

    private static readonly uint VariationsTable = new HarfBuzzSharp.Tag('f', 'v', 'a', 'r');

    /// <summary>Whether the subset has the style of the typeface and the outlines of a few measured glyphs (a synthetic
    /// bold or oblique is applied to the typeface, not stored in its file).</summary>
    internal static bool DrawsAlike(SKTypeface whole, SKTypeface subset, IEnumerable<int> glyphs)
    {
        if (whole.FontStyle.Weight != subset.FontStyle.Weight || whole.FontStyle.Slant != subset.FontStyle.Slant
            || whole.FontStyle.Width != subset.FontStyle.Width) return false;
        using var wholeFont = new SKFont(whole, 64);
        using var subsetFont = new SKFont(subset, 64);
        foreach (var glyph in glyphs.Where(g => g != 0).Order().Take(8))
        {
            using var expected = wholeFont.GetGlyphPath((ushort)glyph);
            using var actual = subsetFont.GetGlyphPath((ushort)glyph);
            if (expected?.ToSvgPathData() != actual?.ToSvgPathData()) return false;
        }
        return true;
    }
}
