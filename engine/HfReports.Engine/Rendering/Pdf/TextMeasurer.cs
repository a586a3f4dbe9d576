using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// Shapes text with HarfBuzz (kerning, ligatures, accents) to measure it, and draws it the same
/// way. Widths of words are cached: a paper repeats the same words many times. Longer text (the rest of a
/// word being cut line by line) is not: caching every tail of a long word would hold its length squared.
/// The glyphs of everything measured are remembered per typeface, so that the drawing can use fonts cut down to
/// them (<see cref="DrawWithMeasuredGlyphs"/>).
/// </summary>
internal sealed class TextMeasurer : IDisposable
{
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Dictionary<(SKTypeface, float, string), float> _widths = [];
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly Dictionary<(SKTypeface, int), SKTypeface?> _fallbacks = [];
    private readonly Dictionary<SKTypeface, HashSet<int>> _measuredGlyphs = [];
    private readonly Dictionary<SKTypeface, MeasuredSubset> _subsets = [];
    private readonly Dictionary<(SKTypeface, float), SKFont> _subsetFonts = [];

    /// <summary>The longest text whose width is cached.</summary>
    private const int MaxCachedLength = 64;

    public float Width(string text, TextStyle style)
    {
        if (text.Length == 0) return 0;
        var key = (style.Typeface, style.Size, text);
        if (_widths.TryGetValue(key, out var width)) return width;
        var shaped = Shaper(style.Typeface).Shape(text, Font(style));
        width = shaped.Width;
        if (text.Length <= MaxCachedLength) _widths[key] = width;
        if (!_measuredGlyphs.TryGetValue(style.Typeface, out var glyphs)) _measuredGlyphs[style.Typeface] = glyphs = [];
        foreach (var glyph in shaped.Codepoints) glyphs.Add((int)glyph);
        return width;
    }

    /// <summary>
    /// From now on, text is drawn in each typeface cut down to the glyphs measured so far (same glyph ids, advances
    /// and shaping: the text is still shaped with the whole font). SkiaSharp's PDF backend embeds and deflates the font
    /// of every drawn glyph run whole, hundreds of kilobytes per face, when the document is closed; PdfFinisher cuts it
    /// down again afterwards. A run with a glyph that was not measured is drawn with the whole font, as before.
    /// </summary>
    public void DrawWithMeasuredGlyphs()
    {
        foreach (var (typeface, glyphs) in _measuredGlyphs)
            if (!_subsets.ContainsKey(typeface) && MeasuredSubset.Of(typeface, glyphs) is { } subset) _subsets[typeface] = subset;
    }

    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style)
    {
        if (text.Length == 0) return;
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        // What SkiaSharp.HarfBuzz's DrawShapedText does, with the run's font chosen once its glyphs are known.
        var font = Font(style);
        var shaped = Shaper(style.Typeface).Shape(text, x, baseline, font);
        var runFont = _subsets.TryGetValue(style.Typeface, out var subset) && subset.Holds(shaped.Codepoints) ? SubsetFont(style, subset) : font;
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocateRawPositionedRun(runFont, shaped.Codepoints.Length, null);
        var glyphIds = run.Glyphs;
        var positions = run.Positions;
        for (var i = 0; i < shaped.Codepoints.Length; i++)
        {
            glyphIds[i] = (ushort)shaped.Codepoints[i];
            positions[i] = shaped.Points[i];
        }
        using var blob = builder.Build();
        if (blob is not null) canvas.DrawText(blob, 0, 0, paint);
    }

    private SKFont SubsetFont(TextStyle style, MeasuredSubset subset)
    {
        var key = (style.Typeface, style.Size);
        if (!_subsetFonts.TryGetValue(key, out var font))
            _subsetFonts[key] = font = (style with { Typeface = subset.Typeface }).CreateFont();
        return font;
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
        foreach (var font in _subsetFonts.Values) font.Dispose();
        foreach (var subset in _subsets.Values) subset.Typeface.Dispose();
    }
}
