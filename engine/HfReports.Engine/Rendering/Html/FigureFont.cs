using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HfReports.Engine.Rendering.Pdf.Output;
using HfReports.Engine.Theme;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Html;

/// <summary>
/// The figures' sans face as inline @font-face rules, cut down to the characters the figures'
/// SVG text uses, so the HTML shows charts in the same face as the PDF without any network
/// access or dependence on the reader's installed fonts.
/// </summary>
public static partial class FigureFont
{
    public const string Family = "HfReports Figure Sans";

    public static string FontFaces(FontRegistry fonts, IEnumerable<string> svgs)
    {
        var characters = new SortedSet<int>(Enumerable.Range(0x20, 0x5F)); // ASCII, for numbers and labels
        foreach (var svg in svgs)
            foreach (Match text in SvgText().Matches(svg))
                foreach (var rune in WebUtility.HtmlDecode(text.Groups[1].Value).EnumerateRunes())
                    characters.Add(rune.Value);
        var css = new StringBuilder();
        Append(css, fonts.Sans, "400", characters);
        Append(css, fonts.SansBold, "700", characters);
        return css.ToString();
    }

    private static void Append(StringBuilder css, SKTypeface typeface, string weight, IEnumerable<int> characters)
    {
        using var stream = typeface.OpenStream(out var index);
        if (stream is null || index != 0) return;
        var bytes = new byte[stream.Length];
        if (stream.Read(bytes, bytes.Length) != bytes.Length) return;
        var subset = FontSubsetter.SubsetCharacters(bytes, characters);
        if (subset is null) return;
        css.Append("@font-face { font-family: \"").Append(Family).Append("\"; font-weight: ").Append(weight)
           .Append("; src: url(data:font/ttf;base64,").Append(Convert.ToBase64String(subset)).Append(") format(\"truetype\"); }\n");
    }

    [GeneratedRegex(@"<text\b[^>]*>([^<]*)</text>")]
    private static partial Regex SvgText();
}
