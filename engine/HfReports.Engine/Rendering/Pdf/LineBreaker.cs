using HfReports.Engine.Document;

namespace HfReports.Engine.Rendering.Pdf;

public enum LineAlign
{
    Left,
    Justify,
    Center,
    Right,
}

/// <summary>
/// Breaks a paragraph of styled runs into lines of a given width: greedy filling at spaces,
/// justified lines except the last, and a word wider than the line is cut at a character
/// boundary rather than overflowing or looping.
/// </summary>
public sealed class LineBreaker(TextMeasurer measurer)
{
    /// <summary>Told of characters that neither the run's font nor any installed fallback can draw.</summary>
    public Action<IReadOnlyList<System.Text.Rune>>? MissingGlyphs { get; set; }

    /// <summary>Measurements differ in the last bits between a sum and its parts; a line may be this much over.</summary>
    private const float Tolerance = 0.01f;

    public IReadOnlyList<LineBox> Break(Paragraph paragraph, Func<RunStyle, TextStyle> styleOf, float width, LineAlign align, float indent = 0)
    {
        var words = Words(paragraph, styleOf);
        var lines = new List<LineBox>();
        var current = new List<StyledWord>();
        var used = 0f;
        float Available() => width - (lines.Count == 0 ? indent : 0);

        foreach (var original in words)
        {
            foreach (var word in SplitToFit(original, width - indent))
            {
                var space = current.Count > 0 && word.SpaceBefore ? SpaceWidth(word.Style) : 0;
                if (current.Count > 0 && used + space + word.Width > Available() + Tolerance)
                {
                    lines.Add(Place(current, Available(), align, lines.Count == 0 ? indent : 0, last: false));
                    current = [];
                    used = 0;
                    space = 0;
                }
                current.Add(word);
                used += space + word.Width;
            }
        }
        if (current.Count > 0)
            lines.Add(Place(current, Available(), align, lines.Count == 0 ? indent : 0, last: true));
        return lines;
    }

    private LineBox Place(List<StyledWord> words, float width, LineAlign align, float indent, bool last)
    {
        var gaps = words.Skip(1).Count(w => w.SpaceBefore);
        var natural = words.Sum(w => w.Width) + words.Skip(1).Where(w => w.SpaceBefore).Sum(w => SpaceWidth(w.Style));
        var extra = align == LineAlign.Justify && !last && gaps > 0 ? (width - natural) / gaps : 0;
        var placed = new List<PlacedWord>(words.Count);
        var x = indent + align switch
        {
            LineAlign.Center => Math.Max(0, (width - natural) / 2),
            LineAlign.Right => Math.Max(0, width - natural),
            _ => 0,
        };
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i].SpaceBefore) x += SpaceWidth(words[i].Style) + extra;
            placed.Add(new PlacedWord(words[i], x));
            x += words[i].Width;
        }
        var height = words.Max(w => w.Style.LineHeight);
        var ascent = words.Max(w => w.Style.Size);
        return new LineBox(placed, height, ascent * 0.95f, measurer);
    }

    private float SpaceWidth(TextStyle style) => measurer.Width(" ", style);

    private List<StyledWord> Words(Paragraph paragraph, Func<RunStyle, TextStyle> styleOf)
    {
        var words = new List<StyledWord>();
        var pendingSpace = false;
        foreach (var run in paragraph.Runs)
        {
            var style = run.Link is null ? styleOf(run.Style) : styleOf(run.Style) with { Color = PdfStyles.LinkInk };
            var text = run.Text.Replace('\t', ' ').Replace('\n', ' ');
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ')
                {
                    pendingSpace = true;
                    i++;
                    continue;
                }
                var end = text.IndexOf(' ', i);
                if (end < 0) end = text.Length;
                var piece = text[i..end];
                var wordStyle = Drawable(piece, style);
                words.Add(new StyledWord(piece, wordStyle, run.Link, pendingSpace && words.Count > 0, measurer.Width(piece, wordStyle)));
                pendingSpace = false;
                i = end;
            }
        }
        return words;
    }

    /// <summary>The style itself, or a fallback font for a word with characters the style's font lacks.</summary>
    private TextStyle Drawable(string word, TextStyle style)
    {
        var missing = measurer.MissingGlyphs(word, style);
        if (missing.Count == 0) return style;
        if (measurer.Fallback(missing, style) is { } fallback) return fallback;
        MissingGlyphs?.Invoke(missing);
        return style;
    }

    /// <summary>Cuts a word wider than the line into pieces that fit (at least one character each).</summary>
    private IEnumerable<StyledWord> SplitToFit(StyledWord word, float width)
    {
        if (word.Width <= width + Tolerance) { yield return word; yield break; }
        var rest = word.Text;
        var first = true;
        while (rest.Length > 0)
        {
            var take = 1;
            while (take < rest.Length && measurer.Width(rest[..(take + 1)], word.Style) <= width) take++;
            if (char.IsHighSurrogate(rest[take - 1]) && take < rest.Length) take++;
            var piece = rest[..take];
            yield return word with { Text = piece, SpaceBefore = first && word.SpaceBefore, Width = measurer.Width(piece, word.Style) };
            rest = rest[take..];
            first = false;
        }
    }
}
