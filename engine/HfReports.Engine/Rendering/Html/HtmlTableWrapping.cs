using HfReports.Engine.Tables;

namespace HfReports.Engine.Rendering.Html;

/// <summary>
/// Which columns of a table the page keeps on one line. A browser shares a wide table's width in proportion to content,
/// so a short cell beside a long one ("Fine-tuned", "22 February 2024") breaks at its hyphen or space and doubles its
/// row's height. The PDF's shortest-table widths (<see cref="ShortTableWidths"/>), worked out in characters of the
/// page's table text, say which columns get all they want: those keep their cells on one line and the rest wrap.
/// A table that fits the page as it is keeps the browser's layout (it wraps only on a narrow screen).
/// </summary>
internal static class HtmlTableWrapping
{
    /// <summary>The page's text width in characters of a table (a 46rem body, .88rem table text, about .55em a character).</summary>
    public const float TextCharacters = 95;

    /// <summary>A column's padding (.6rem either side) in the same characters.</summary>
    public const float PaddingCharacters = 2.5f;

    public static bool[] OneLineColumns(TableContent content)
    {
        var columns = content.Headers.Count;
        string[][] texts = [content.Headers.Select(h => h.Title).ToArray(), .. content.Rows.Select(r => r.ToArray())];
        var natural = Enumerable.Range(0, columns).Select(c => texts.Max(row => row[c].Length) + PaddingCharacters).ToArray();
        if (natural.Sum() <= TextCharacters) return new bool[columns];
        var wholeWords = Enumerable.Range(0, columns).Select(c => texts.Max(row => Longest(row[c].Split(' '))) + PaddingCharacters).ToArray();
        var pieces = Enumerable.Range(0, columns).Select(c => texts.Max(row => Longest(ShortTableWidths.UnbreakablePieces(row[c]))) + PaddingCharacters).ToArray();
        var words = texts.Select(row => row.Select(Words).ToArray()).ToList();
        var widths = ShortTableWidths.Widths(words, space: 1, PaddingCharacters, natural, pieces, wholeWords, TextCharacters);
        return natural.Select((n, c) => widths[c] >= n - 0.01f).ToArray();
    }

    private static float Longest(IEnumerable<string> pieces) => pieces.Select(p => (float)p.Length).DefaultIfEmpty(0).Max();

    private static CellWords Words(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new CellWords(words.Select(w => (float)w.Length).ToArray(),
            words.Select(w => ShortTableWidths.UnbreakablePieces(w).Select(p => (float)p.Length).ToArray()).ToArray());
    }
}
