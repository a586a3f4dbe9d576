using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HfReports.Engine.Rendering.Fonts;
using HfReports.Engine.Theme;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Html;

/// <summary>
/// The exact faces the figures were laid out with, embedded in the HTML: every SVG font-family is
/// renamed to a private family ("HfReports Figure DejaVu Serif") that an inline @font-face declares
/// with the same font file cut down to the characters the figures use. Glyph positions in the SVG
/// were measured with that font, so the page draws them where the PDF does, whatever fonts the
/// reader has installed, and without any network access.
/// </summary>
internal static partial class FigureFont
{
    public const string Prefix = "HfReports Figure ";

    /// <summary>The SVG with its font families renamed to the embedded ones.</summary>
    public static string Rename(string svg) =>
        FontFamilyAttribute().Replace(svg, m => $"font-family=\"{Prefix}{m.Groups[1].Value}\"");

    /// <summary>@font-face rules for every family the (renamed) SVGs use, regular and, where used, bold.</summary>
    public static string FontFaces(FontRegistry fonts, IEnumerable<string> svgs)
    {
        var characters = new SortedSet<int>(Enumerable.Range(0x20, 0x5F)); // ASCII, for numbers and labels
        var families = new SortedSet<string>(StringComparer.Ordinal);
        var bold = false;
        foreach (var svg in svgs)
        {
            foreach (Match text in SvgText().Matches(svg))
                foreach (var rune in WebUtility.HtmlDecode(text.Groups[1].Value).EnumerateRunes())
                    characters.Add(rune.Value);
            foreach (Match family in FontFamilyAttribute().Matches(svg))
                if (family.Groups[1].Value.StartsWith(Prefix, StringComparison.Ordinal)) families.Add(family.Groups[1].Value[Prefix.Length..]);
            bold |= svg.Contains("font-weight=\"bold\"", StringComparison.Ordinal) || svg.Contains("font-weight=\"700\"", StringComparison.Ordinal);
        }
        var css = new StringBuilder();
        foreach (var family in families)
        {
            Append(css, family, Typeface(fonts, family, SKFontStyle.Normal), "400", characters);
            if (bold) Append(css, family, Typeface(fonts, family, SKFontStyle.Bold), "700", characters);
        }
        return css.ToString();
    }

    private static SKTypeface Typeface(FontRegistry fonts, string family, SKFontStyle style)
    {
        var isBold = style.Weight >= (int)SKFontStyleWeight.Bold;
        if (string.Equals(family, fonts.Serif.FamilyName, StringComparison.OrdinalIgnoreCase)) return isBold ? fonts.SerifBold : fonts.Serif;
        if (string.Equals(family, fonts.Sans.FamilyName, StringComparison.OrdinalIgnoreCase)) return isBold ? fonts.SansBold : fonts.Sans;
        return SKFontManager.Default.MatchFamily(family, style) ?? fonts.Sans;
    }

    private static void Append(StringBuilder css, string family, SKTypeface typeface, string weight, IEnumerable<int> characters)
    {
        if (FontFile.SingleFaceBytes(typeface) is not { } bytes) return;
        var subset = FontSubsetter.SubsetCharacters(bytes, characters);
        if (subset is null) return;
        css.Append("@font-face { font-family: \"").Append(Prefix).Append(family).Append("\"; font-weight: ").Append(weight)
           .Append("; src: url(data:font/ttf;base64,").Append(Convert.ToBase64String(subset)).Append(") format(\"truetype\"); }\n");
    }

    [GeneratedRegex(@"<text\b[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();

    [GeneratedRegex("font-family=\"([^\"]+)\"")]
    private static partial Regex FontFamilyAttribute();
}
