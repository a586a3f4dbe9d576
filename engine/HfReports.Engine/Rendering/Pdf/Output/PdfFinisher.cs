using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HfReports.Engine.Rendering.Fonts;

namespace HfReports.Engine.Rendering.Pdf.Output;

/// <summary>An entry of the PDF outline (bookmarks): a title, the named destination it opens, its depth (1 = top).</summary>
internal sealed record OutlineEntry(string Title, string Destination, int Level);

/// <summary>
/// What SkiaSharp's PDF backend leaves undone: it embeds whole fonts (no subsetter in its native
/// build) and cannot write an outline. This pass subsets every embedded TrueType font to the
/// glyphs the document uses and adds the bookmarks, then rewrites the xref table.
/// </summary>
internal static partial class PdfFinisher
{
    public static byte[] Finish(byte[] pdf, IReadOnlyList<OutlineEntry> outline)
    {
        var file = PdfObjectFile.Parse(pdf);
        SubsetFonts(file);
        if (outline.Count > 0) AddOutline(file, outline);
        return file.ToBytes();
    }

    private static void SubsetFonts(PdfObjectFile file)
    {
        var dictionaries = file.Numbers.ToDictionary(n => n, file.Dictionary);
        foreach (var (descriptor, text) in dictionaries)
        {
            var fontFile = FontFileEntry().Match(text);
            if (!fontFile.Success) continue;
            var fontFileNumber = int.Parse(fontFile.Groups[1].Value, CultureInfo.InvariantCulture);
            var cidFont = dictionaries.FirstOrDefault(d => d.Value.Contains($"/FontDescriptor {descriptor} 0 R", StringComparison.Ordinal)
                                                           && d.Value.Contains("/CIDFontType2", StringComparison.Ordinal));
            if (cidFont.Value is null) continue;
            var type0 = dictionaries.FirstOrDefault(d => d.Value.Contains($"/DescendantFonts [{cidFont.Key} 0 R]", StringComparison.Ordinal));
            var glyphs = new HashSet<int>(WidthGlyphs(cidFont.Value));
            if (type0.Value is not null && ToUnicodeEntry().Match(type0.Value) is { Success: true } toUnicode)
                glyphs.UnionWith(CMapGlyphs(Encoding.ASCII.GetString(file.StreamData(int.Parse(toUnicode.Groups[1].Value, CultureInfo.InvariantCulture)))));
            var font = file.StreamData(fontFileNumber);
            var subset = FontSubsetter.Subset(font, glyphs.Order());
            if (subset is null || subset.Length >= font.Length) continue;
            file.SetStream(fontFileNumber, subset, $"/Length1 {subset.Length}");
        }
    }

    /// <summary>Glyph ids named by a CIDFont's /W array: "c [w1 w2 ...]" and "cFirst cLast w" entries.</summary>
    public static IEnumerable<int> WidthGlyphs(string cidFont)
    {
        var start = cidFont.IndexOf("/W [", StringComparison.Ordinal);
        if (start < 0) yield break;
        var tokens = new List<string>();
        var depth = 0;
        foreach (Match token in WidthToken().Matches(cidFont, start + 3))
        {
            if (token.Value == "[") { depth++; if (depth > 1) tokens.Add("["); continue; }
            if (token.Value == "]") { depth--; if (depth == 0) break; tokens.Add("]"); continue; }
            tokens.Add(token.Value);
        }
        for (var i = 0; i < tokens.Count;)
        {
            var first = int.Parse(tokens[i], CultureInfo.InvariantCulture);
            if (i + 1 < tokens.Count && tokens[i + 1] == "[")
            {
                var end = tokens.IndexOf("]", i + 2);
                for (var g = 0; g < end - i - 2; g++) yield return first + g;
                i = end + 1;
            }
            else
            {
                var last = int.Parse(tokens[i + 1], CultureInfo.InvariantCulture);
                for (var g = first; g <= last; g++) yield return g;
                i += 3;
            }
        }
    }

    /// <summary>Glyph ids (source codes) mapped by a ToUnicode CMap's bfchar and bfrange sections.</summary>
    public static IEnumerable<int> CMapGlyphs(string cmap)
    {
        foreach (Match section in CMapSection().Matches(cmap))
        {
            var isRange = section.Groups[1].Value == "bfrange";
            foreach (var line in section.Groups[2].Value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var codes = HexCode().Matches(line);
                if (codes.Count == 0) continue;
                var first = Convert.ToInt32(codes[0].Groups[1].Value, 16);
                var last = isRange && codes.Count > 1 ? Convert.ToInt32(codes[1].Groups[1].Value, 16) : first;
                for (var g = first; g <= last; g++) yield return g;
            }
        }
    }

    private static void AddOutline(PdfObjectFile file, IReadOnlyList<OutlineEntry> entries)
    {
        var catalog = file.Numbers.FirstOrDefault(n => file.Dictionary(n).Contains("/Type /Catalog", StringComparison.Ordinal));
        if (catalog == 0) return;
        // Object numbers are assigned up front so every item can name its relatives.
        var root = file.Add("<<>>");
        var numbers = entries.Select(_ => file.Add("<<>>")).ToArray();
        var parents = new int[entries.Count];
        var stack = new Stack<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            while (stack.Count > 0 && entries[stack.Peek()].Level >= entries[i].Level) stack.Pop();
            parents[i] = stack.Count == 0 ? -1 : stack.Peek();
            stack.Push(i);
        }
        int Number(int index) => index < 0 ? root : numbers[index];
        List<int> ChildrenOf(int parent) => Enumerable.Range(0, entries.Count).Where(i => parents[i] == parent).ToList();
        int Descendants(int index) => ChildrenOf(index).Sum(c => 1 + Descendants(c));

        for (var i = 0; i < entries.Count; i++)
        {
            var siblings = ChildrenOf(parents[i]);
            var position = siblings.IndexOf(i);
            var children = ChildrenOf(i);
            var item = new StringBuilder($"<</Title {TextString(entries[i].Title)} /Parent {Number(parents[i])} 0 R /Dest {Name(entries[i].Destination)}");
            if (position > 0) item.Append(CultureInfo.InvariantCulture, $" /Prev {numbers[siblings[position - 1]]} 0 R");
            if (position < siblings.Count - 1) item.Append(CultureInfo.InvariantCulture, $" /Next {numbers[siblings[position + 1]]} 0 R");
            if (children.Count > 0)
                item.Append(CultureInfo.InvariantCulture, $" /First {numbers[children[0]]} 0 R /Last {numbers[children[^1]]} 0 R /Count {Descendants(i)}");
            file.SetObject(numbers[i], item.Append(">>").ToString());
        }
        var top = ChildrenOf(-1);
        file.SetObject(root, $"<</Type /Outlines /First {numbers[top[0]]} 0 R /Last {numbers[top[^1]]} 0 R /Count {entries.Count}>>");
        var catalogText = file.Dictionary(catalog).TrimEnd();
        file.SetObject(catalog, catalogText[..^2] + $" /Outlines {root} 0 R /PageMode /UseOutlines>>");
    }

    /// <summary>A PDF text string in UTF-16BE with its byte-order mark, so any title survives.</summary>
    private static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    private static string Name(string name) =>
        "/" + string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c.ToString() : $"#{(int)c:X2}"));

    [GeneratedRegex(@"/FontFile2\s+(\d+)\s+0\s+R")]
    private static partial Regex FontFileEntry();

    [GeneratedRegex(@"/ToUnicode\s+(\d+)\s+0\s+R")]
    private static partial Regex ToUnicodeEntry();

    [GeneratedRegex(@"\[|\]|[-+]?\d*\.?\d+")]
    private static partial Regex WidthToken();

    [GeneratedRegex(@"begin(bfchar|bfrange)(.*?)end\1", RegexOptions.Singleline)]
    private static partial Regex CMapSection();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>")]
    private static partial Regex HexCode();
}
