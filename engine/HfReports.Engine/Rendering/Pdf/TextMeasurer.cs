using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// Shapes text with HarfBuzz (kerning, ligatures, accents) to measure it, and draws it the same
/// way. Widths of words are cached: a paper repeats the same words many times. Longer text (the rest of a
/// word being cut line by line) is not: caching every tail of a long word would hold its length squared.
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Dictionary<(SKTypeface, float, string), float> _widths = [];
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly Dictionary<(SKTypeface, int), SKTypeface?> _fallbacks = [];

    /// <summary>The longest text whose width is cached.</summary>
    private const int MaxCachedLength = 64;

    public float Width(string text, TextStyle style)
    {
        if (text.Length == 0) return 0;
        var key = (style.Typeface, style.Size, text);
        if (_widths.TryGetValue(key, out var width)) return width;
        width = Shaper(style.Typeface).Shape(text, Font(style)).Width;
        if (text.Length <= MaxCachedLength) _widths[key] = width;
        return width;
    }

    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style)
    {
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        canvas.DrawShapedText(Shaper(style.Typeface), text, x, baseline, Font(style), paint);
    }

    /// <summary>Characters the typeface has no glyph for (they would print as empty boxes).</summary>
    public IReadOnlyList<Rune> MissingGlyphs(string text, TextStyle style)
    {
        var font = Font(style);
        List<Rune>? missing = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || font.GetGlyph(rune.Value) != 0) continue;
            missing ??= [];
            if (!missing.Contains(rune)) missing.Add(rune);
        }
        return missing ?? (IReadOnlyList<Rune>)[];
    }

    /// <summary>
    /// A style whose typeface (an installed font of the same weight and slant) draws every
    /// character the given style cannot, or null when no installed font can.
    /// </summary>
    public TextStyle? Fallback(IReadOnlyList<Rune> missing, TextStyle style)
    {
        if (!_fallbacks.TryGetValue((style.Typeface, missing[0].Value), out var typeface))
        {
            typeface = SKFontManager.Default.MatchCharacter(style.Typeface.FamilyName, style.Typeface.FontStyle, null, missing[0].Value);
            _fallbacks[(style.Typeface, missing[0].Value)] = typeface;
        }
        if (typeface is null) return null;
        var fallback = style with { Typeface = typeface };
        return MissingGlyphs(string.Concat(missing), fallback).Count == 0 ? fallback : null;
    }

    private SKShaper Shaper(SKTypeface typeface)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
            _shapers[typeface] = shaper = new SKShaper(typeface);
        return shaper;
    }

    private SKFont Font(TextStyle style)
    {
        var key = (style.Typeface, style.Size);
        if (!_fonts.TryGetValue(key, out var font))
            _fonts[key] = font = style.CreateFont();
        return font;
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values) shaper.Dispose();
        foreach (var font in _fonts.Values) font.Dispose();
    }
}
