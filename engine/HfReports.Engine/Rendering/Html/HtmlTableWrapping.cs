using HfReports.Engine.Tables;

namespace HfReports.Engine.Rendering.Html;

/// <summary>
/// Which columns of a table the page keeps on one line. A browser shares a wide table's width in proportion to content,
/// so a short cell beside a long one ("Fine-tuned", "22 February 2024") breaks at its hyphen or space and doubles its
/// row's height. The PDF's shortest-table widths (<see cref="ShortTableWidths"/>), worked out in ems of the page's table
/// text, say which columns get all they want: those keep their cells on one line and the rest wrap. A table that fits
/// the page as it is keeps the browser's layout (it wraps only on a narrow screen).
/// </summary>
internal static class HtmlTableWrapping
{
    /// <summary>The width a table may take in ems of its text: the 46rem body less the wrapper's 0.7rem, at .88rem table
    /// text, is 51.5; a tenth is kept back for the estimate of <see cref="Em"/>.</summary>
    public const float TextEms = 46;

    /// <summary>A column's padding (.6rem either side) in ems of the table text.</summary>
    public const float PaddingEms = 1.2f / 0.88f;

    public static bool[] OneLineColumns(TableContent content)
    {
        var columns = content.Headers.Count;
        (string Text, bool Bold)[][] texts = [content.Headers.Select(h => (h.Title, true)).ToArray(), .. content.Rows.Select(r => r.Select(c => (c, false)).ToArray())];
        var natural = Enumerable.Range(0, columns).Select(c => texts.Max(row => Em(row[c].Text, row[c].Bold)) + PaddingEms).ToArray();
        if (natural.Sum() <= TextEms) return new bool[columns];
        var wholeWords = Enumerable.Range(0, columns).Select(c => texts.Max(row => Longest(row[c].Text.Split(' '), row[c].Bold)) + PaddingEms).ToArray();
        var pieces = Enumerable.Range(0, columns).Select(c => texts.Max(row => Longest(ShortTableWidths.UnbreakablePieces(row[c].Text), row[c].Bold)) + PaddingEms).ToArray();
        var words = texts.Select(row => row.Select(cell => Words(cell.Text, cell.Bold)).ToArray()).ToList();
        var widths = ShortTableWidths.Widths(words, Em(" ", false), PaddingEms, natural, pieces, wholeWords, TextEms, step: 0.1f);
        return natural.Select((n, c) => widths[c] >= n - 0.001f).ToArray();
    }

    /// <summary>The width of the text in ems of DejaVu Serif, the page's face, by kind of character (its digits are 0.64 em,
    /// capitals about 0.72, small letters about 0.56, a space 0.32), bold 8 % wider: close enough to choose the columns
    /// that stay whole, with <see cref="TextEms"/> keeping a margin.</summary>
    public static float Em(string text, bool bold)
    {
        var width = 0f;
        foreach (var character in text)
            width += character switch
            {
                >= '0' and <= '9' => 0.64f,
                ' ' => 0.32f,
                _ when char.IsUpper(character) => 0.72f,
                _ when char.IsLetter(character) => 0.56f,
                _ => 0.42f,
            };
        return bold ? width * 1.08f : width;
    }

    private static float Longest(IEnumerable<string> pieces, bool bold) => pieces.Select(p => Em(p, bold)).DefaultIfEmpty(0).Max();

    private static CellWords Words(string text, bool bold)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new CellWords(words.Select(w => Em(w, bold)).ToArray(),
            words.Select(w => ShortTableWidths.UnbreakablePieces(w).Select(p => Em(p, bold)).ToArray()).ToArray());
    }
}
