using HfReports.Engine.Document;

namespace HfReports.Engine.Rendering.Pdf;

internal enum LineAlign
{
    Left,
    Justify,
    Center,
    Right,
}

/// <summary>
/// Breaks a paragraph of styled runs into lines of a given width: greedy filling at spaces, justified
/// lines except the last. A word that does not fit at the end of a line is broken after a hyphen or a
/// slash, or (justified text with a hyphenator) at a hyphenation point; only a word wider than a whole
/// line is cut at a character boundary, which <see cref="TryBreakWhole"/> reports so that a table cell
/// can shrink its font instead.
/// </summary>
internal sealed class LineBreaker(TextMeasurer measurer)
{
    /// <summary>Told of characters that neither the run's font nor any installed fallback can draw.</summary>
    public Action<IReadOnlyList<System.Text.Rune>>? MissingGlyphs { get; set; }

    /// <summary>Checked for every word placed: a cancelled build stops inside a long paragraph or table.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Hyphenation points of English words, used for justified text only.</summary>
    public Hyphenator? Hyphenator { get; set; }

    /// <summary>Measurements differ in the last bits between a sum and its parts; a line may be this much over.</summary>
    private const float Tolerance = 0.01f;

    public IReadOnlyList<LineBox> Break(Paragraph paragraph, Func<RunStyle, TextStyle> styleOf, float width, LineAlign align, float indent = 0) =>
        Lines(paragraph, styleOf, width, align, indent, out _);

    /// <summary>Breaks the paragraph; false when some word was wider than the line and had to be cut mid-word.</summary>
    public bool TryBreakWhole(Paragraph paragraph, Func<RunStyle, TextStyle> styleOf, float width, LineAlign align, out IReadOnlyList<LineBox> lines)
    {
        lines = Lines(paragraph, styleOf, width, align, 0, out var cut);
        return !cut;
    }

    private List<LineBox> Lines(Paragraph paragraph, Func<RunStyle, TextStyle> styleOf, float width, LineAlign align, float indent, out bool cut)
    {
        cut = false;
        var hyphenate = align == LineAlign.Justify ? Hyphenator : null;
        var lines = new List<LineBox>();
        var current = new List<StyledWord>();
        var used = 0f;
        float Available() => width - (lines.Count == 0 ? indent : 0);
        void Flush(bool last)
        {
            lines.Add(Place(current, Available(), align, lines.Count == 0 ? indent : 0, last));
            current = [];
            used = 0;
        }

        foreach (var original in Units(Words(paragraph, styleOf)))
        {
            var unit = original;
            while (unit.Count > 0)
            {
                Cancellation.ThrowIfCancellationRequested();
                var space = current.Count > 0 && unit[0].SpaceBefore ? SpaceWidth(unit[0].Style) : 0;
                var room = Available() - used - space;
                if (UnitWidth(unit) <= room + Tolerance)
                {
                    Append(current, unit, ref used, space);
                    break;
                }
                // Hyphenate only where the line would otherwise stretch visibly; centred lines (titles) keep words whole.
                var hyphenator = room > 3 * SpaceWidth(unit[0].Style) ? hyphenate : null;
                if (align != LineAlign.Center && SplitAtBreakPoint(unit, room, hyphenator) is { } split)
                {
                    Append(current, split.Head, ref used, space);
                    Flush(last: false);
                    unit = split.Tail;
                }
                else if (current.Count > 0)
                {
                    Flush(last: false);
                }
                else
                {
                    // Wider than a whole line and no break point fits: cut at a character.
                    var (head, tail) = CutToFit(unit, room);
                    cut |= head[0].Text.Length < unit[0].Text.Length;
                    Append(current, head, ref used, 0);
                    Flush(last: false);
                    unit = tail;
                }
            }
        }
        if (current.Count > 0) Flush(last: true);
        return lines;
    }

    private void Append(List<StyledWord> line, IReadOnlyList<StyledWord> unit, ref float used, float space)
    {
        used += space + UnitWidth(unit);
        line.AddRange(line.Count == 0 ? unit.Select((w, i) => i == 0 ? w with { SpaceBefore = false } : w) : unit);
    }

    /// <summary>Words joined without a break opportunity between them (no space, or a glued space).</summary>
    private static IEnumerable<List<StyledWord>> Units(List<StyledWord> words)
    {
        var unit = new List<StyledWord>();
        foreach (var word in words)
        {
            if (unit.Count > 0 && word.BreakBefore)
            {
                yield return unit;
                unit = [];
            }
            unit.Add(word);
        }
        if (unit.Count > 0) yield return unit;
    }

    private float UnitWidth(IReadOnlyList<StyledWord> unit)
    {
        var width = 0f;
        for (var i = 0; i < unit.Count; i++)
            width += unit[i].Width + (i > 0 && unit[i].SpaceBefore ? SpaceWidth(unit[i].Style) : 0);
        return width;
    }

    /// <summary>
    /// The longest head of the unit that fits in <paramref name="room"/>, broken after a hyphen or slash
    /// inside a word or at a hyphenation point (which adds a hyphen); null when none fits.
    /// </summary>
    private (List<StyledWord> Head, List<StyledWord> Tail)? SplitAtBreakPoint(List<StyledWord> unit, float room, Hyphenator? hyphenator)
    {
        var before = 0f;
        (int Word, string Head, float Width, int Position)? best = null;
        for (var k = 0; k < unit.Count; k++)
        {
            var word = unit[k];
            var spaceBefore = k > 0 && word.SpaceBefore ? SpaceWidth(word.Style) : 0;
            // Only break points within what fits are looked at (a word of 500,000 hyphens is not scanned for every line).
            var fits = LongestFittingHead(word.Text, word.Style, room + Tolerance - before - spaceBefore);
            foreach (var (position, hyphen) in BreakPoints(word, hyphenator, fits))
            {
                var headText = word.Text[..position] + (hyphen ? "-" : "");
                var headWidth = measurer.Width(headText, word.Style);
                if (before + spaceBefore + headWidth > room + Tolerance) continue;
                best = (k, headText, headWidth, position);
            }
            before += spaceBefore + word.Width;
            if (before > room) break;
        }
        if (best is not { } split) return null;
        var broken = unit[split.Word];
        var head = unit.Take(split.Word).Append(broken with { Text = split.Head, Width = split.Width }).ToList();
        var tailText = broken.Text[split.Position..];
        var tail = unit.Skip(split.Word + 1)
            .Prepend(broken with { Text = tailText, SpaceBefore = false, Glued = false, Width = TailWidth(broken, tailText, split.Width) }).ToList();
        return (head, tail);
    }

    /// <summary>No English word is longer; a longer run of letters is cut like any word wider than the line.</summary>
    private const int MaxHyphenatedLetters = 64;

    /// <summary>
    /// Where a word may break, up to <paramref name="last"/>: after an inner hyphen or slash, or at a hyphenation point
    /// of its letters.
    /// </summary>
    private static IEnumerable<(int Position, bool Hyphen)> BreakPoints(StyledWord word, Hyphenator? hyphenator, int last)
    {
        var text = word.Text;
        var points = new SortedDictionary<int, bool>();
        for (var i = 1; i < Math.Min(text.Length - 1, last); i++)
            if (text[i] is '-' or '/' && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                points[i + 1] = false;
        if (hyphenator is not null && word.Link is null)
        {
            // Only the letters of a lower-case word are hyphenated (names, codes and numbers are not).
            var start = 0;
            while (start < text.Length && !char.IsLetter(text[start])) start++;
            var end = start;
            while (end < text.Length && end - start <= MaxHyphenatedLetters && char.IsAsciiLetterLower(text[end])) end++;
            if (end - start is >= 5 and <= MaxHyphenatedLetters && text.Length - end <= MaxHyphenatedLetters && text[end..].All(c => !char.IsLetterOrDigit(c)))
                foreach (var point in hyphenator.Points(text[start..end]))
                    points.TryAdd(start + point, true);
        }
        return points.Where(p => p.Key <= last).Select(p => (p.Key, p.Value));
    }

    /// <summary>
    /// The length of the longest head of <paramref name="text"/> at most <paramref name="room"/> wide (0 when none):
    /// doubling from 64 characters, then bisecting, so that finding a line's worth costs about a line's worth of
    /// shaping however long the text is.
    /// </summary>
    private int LongestFittingHead(string text, TextStyle style, float room)
    {
        var (fits, over) = (0, 64);
        while (over < text.Length && measurer.Width(text[..over], style) <= room) (fits, over) = (over, over * 2);
        if (over >= text.Length)
        {
            if (measurer.Width(text, style) <= room) return text.Length;
            over = text.Length;
        }
        while (over - fits > 1)
        {
            var middle = fits + (over - fits) / 2;
            if (measurer.Width(text[..middle], style) <= room) fits = middle;
            else over = middle;
        }
        return fits;
    }

    /// <summary>Cuts the first word of a unit at the last character that fits (at least one character).</summary>
    private (List<StyledWord> Head, List<StyledWord> Tail) CutToFit(List<StyledWord> unit, float room)
    {
        var word = unit[0];
        if (word.Width <= room + Tolerance)
            return ([word], unit.Skip(1).Select((w, i) => i == 0 ? w with { SpaceBefore = false, Glued = false } : w).ToList());
        var text = word.Text;
        var take = Math.Max(1, LongestFittingHead(text, word.Style, room));
        if (char.IsHighSurrogate(text[take - 1]) && take < text.Length) take++;
        var head = word with { Text = text[..take], Width = measurer.Width(text[..take], word.Style) };
        var tail = unit.Skip(1).ToList();
        if (take < text.Length)
            tail.Insert(0, word with { Text = text[take..], SpaceBefore = false, Glued = false, Width = TailWidth(word, text[take..], head.Width) });
        else if (tail.Count > 0)
            tail[0] = tail[0] with { SpaceBefore = false, Glued = false };
        return ([head], tail);
    }

    /// <summary>Longer than this, the rest of a cut word is not shaped again for every line it is cut from.</summary>
    private const int MaxMeasuredTail = 1_000;

    /// <summary>
    /// The width of what is left of a word after its head: measured when it is short enough to end up on a line
    /// as it is, else the word's width less the head's (kerning at the cut aside; the tail is cut again anyway, and
    /// measured once it is short). Shaping the whole rest for every line would cost the word's length squared.
    /// </summary>
    private float TailWidth(StyledWord word, string tail, float headWidth) =>
        tail.Length <= MaxMeasuredTail ? measurer.Width(tail, word.Style) : Math.Max(0, word.Width - headWidth);

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
        var ascent = words.Max(w => w.Style.Size + w.Style.Rise);
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
            // A cross-reference ("Figure 3", "Section 2.1") never breaks across lines.
            var glueInside = run.Link is not null && run.Link.StartsWith('#');
            var text = run.Text.Replace('\t', ' ').Replace('\n', ' ');
            var i = 0;
            var first = true;
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
                var spaceBefore = pendingSpace && words.Count > 0;
                // No line ends on an opening bracket or quote: the word after it stays on its line.
                var afterOpening = words.Count > 0 && words[^1].Text is var previous && previous.Length > 0 && previous[^1] is '(' or '[' or '“' or '‘';
                words.Add(new StyledWord(piece, wordStyle, run.Link, spaceBefore, measurer.Width(piece, wordStyle))
                {
                    Glued = spaceBefore && ((glueInside && !first) || afterOpening),
                });
                pendingSpace = false;
                first = false;
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
}
