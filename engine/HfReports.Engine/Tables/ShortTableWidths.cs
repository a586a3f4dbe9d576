namespace HfReports.Engine.Tables;

/// <summary>A table cell's words as widths: each whole word, and its pieces between hyphens and slashes (where a word
/// wider than its column may break).</summary>
internal sealed record CellWords(float[] Words, float[][] Pieces);

/// <summary>
/// Column widths that make a wrapped table short. Sharing the width in proportion to content lets the longest column
/// take nearly all of it, so a short cell beside it ("Base Merge", "22 February 2024") wraps into two or three lines
/// while the long cell of the same row needs two. Here the width is handed out a step at a time, from every column's
/// narrowest (its words broken at hyphens and slashes), to the column whose widening saves the most per point: a line of
/// the whole table, or a word it no longer breaks (worth a quarter of a line), or a line of a cell that is not the
/// tallest of its row (a hundredth). What saves nothing is then shared in proportion to what each column still wants,
/// as <see cref="Proportional"/> does. Lines are counted by first-fit wrapping, which needs no more lines as its column
/// widens.
/// </summary>
internal static class ShortTableWidths
{
    /// <summary>Above this many cells the proportional widths are kept: the search tries every step of every column.</summary>
    public const int MostCells = 2000;

    /// <param name="rows">Each row's cells (the header row included), as word widths in the cell's font.</param>
    /// <param name="space">The width of a space between words.</param>
    /// <param name="gap">The part of each column's width that keeps its text clear of the next column.</param>
    /// <param name="natural">Each column's widest cell plus the gap.</param>
    /// <param name="pieces">Each column's widest piece of a word between hyphens and slashes, plus the gap: where the search starts.</param>
    /// <param name="wholeWords">Each column's minimum when it keeps its words whole where it can (the PDF's DocumentFlow.Minimums):
    /// the proportional widths, for a table too large to search, start there.</param>
    /// <param name="available">The width of the text.</param>
    /// <param name="step">The width a column is widened by at a time (a point in the PDF).</param>
    public static float[] Widths(IReadOnlyList<CellWords[]> rows, float space, float gap, float[] natural, float[] pieces, float[] wholeWords,
        float available, float step = 1f)
    {
        var proportional = Proportional(natural, wholeWords, available);
        if (natural.Sum() <= available || rows.Count == 0 || rows.Count * natural.Length > MostCells) return proportional;
        var widths = pieces.Select(m => Math.Min(m, available / 3)).ToArray();
        var remaining = available - widths.Sum();
        if (remaining <= 0) return proportional;

        var columns = natural.Length;
        var fits = rows.Select(row => Enumerable.Range(0, columns).Select(c => Fit(row[c], widths[c] - gap, space)).ToArray()).ToArray();
        var fitted = Enumerable.Range(0, columns).Select(_ => new Dictionary<float, (int Lines, int Broken)[]>()).ToArray();
        while (remaining >= step)
        {
            var best = (Column: -1, Width: 0f, PerPoint: 0f);
            for (var c = 0; c < columns; c++)
            {
                var limit = Math.Min(natural[c], widths[c] + remaining);
                // The height of each row without this column is the most lines of its other cells.
                var others = fits.Select(row => row.Where((_, k) => k != c).Select(f => f.Lines).DefaultIfEmpty(1).Max()).ToArray();
                var now = Cost(fits.Select(row => row[c]).ToArray(), others);
                var floor = others.Sum() + CellLineCost * rows.Count;
                for (var wide = widths[c]; wide < limit && now > floor;)
                {
                    // The last step ends at the limit, so a column can always reach its natural width.
                    wide = Math.Min(wide + step, limit);
                    // A column's cells at a width do not depend on the other columns: each is fitted once, not once a round.
                    if (!fitted[c].TryGetValue(wide, out var cells)) fitted[c][wide] = cells = rows.Select(row => Fit(row[c], wide - gap, space)).ToArray();
                    var cost = Cost(cells, others);
                    var perPoint = (now - cost) / (wide - widths[c]);
                    if (perPoint > best.PerPoint) best = (c, wide, perPoint);
                    if (cost <= floor) break;
                }
            }
            if (best.Column < 0) break;
            remaining -= best.Width - widths[best.Column];
            widths[best.Column] = best.Width;
            var chosen = fitted[best.Column][best.Width]; // the scan fitted every width it offered
            for (var r = 0; r < rows.Count; r++) fits[r][best.Column] = chosen[r];
        }
        // Width no line can use goes where the proportional share would put it.
        var wanted = natural.Select((n, c) => Math.Max(n - widths[c], 0)).ToArray();
        var wantedTotal = wanted.Sum();
        if (wantedTotal <= 0 || remaining <= 0) return widths;
        var share = Math.Min(remaining / wantedTotal, 1);
        return widths.Select((w, c) => w + wanted[c] * share).ToArray();
    }

    /// <summary>A line of the table costs 1; a word broken at a hyphen or slash costs this much, so that width no line
    /// needs keeps words whole, while a line saved is worth breaking a few words.</summary>
    private const float BrokenWordCost = 0.25f;

    /// <summary>A line of a cell that is not its row's tallest costs this much: width nothing else needs puts a cell on
    /// fewer lines ("Chat Model" whole beside tags that take three).</summary>
    private const float CellLineCost = 0.01f;

    /// <summary>The lines of a column's cells in their rows (each row as tall as its tallest cell), plus its broken words
    /// and its cells' own lines.</summary>
    private static float Cost(IReadOnlyList<(int Lines, int Broken)> cells, int[] others) =>
        cells.Select((f, r) => Math.Max(f.Lines, others[r]) + BrokenWordCost * f.Broken + CellLineCost * f.Lines).Sum();

    /// <summary>Lines of the cell at <paramref name="width"/>, words filled first-fit; a word wider than the line breaks
    /// into its pieces, and a piece wider still takes as many lines as it needs.</summary>
    public static int Lines(CellWords cell, float width, float space) => Fit(cell, width, space).Lines;

    /// <summary>The cell's lines at <paramref name="width"/> and how many of its words break (<see cref="Lines"/>).</summary>
    public static (int Lines, int Broken) Fit(CellWords cell, float width, float space)
    {
        width = Math.Max(width, 1);
        var lines = 1;
        var broken = 0;
        var x = 0f;
        for (var i = 0; i < cell.Words.Length; i++)
        {
            var units = cell.Words[i] <= width ? [cell.Words[i]] : cell.Pieces[i];
            if (units.Length > 1 || cell.Words[i] > width) broken++;
            for (var u = 0; u < units.Length; u++)
            {
                var unit = units[u];
                var need = (x > 0 && u == 0 ? space : 0) + unit;
                if (x > 0 && x + need > width)
                {
                    lines++;
                    x = 0;
                    need = unit;
                }
                if (unit > width)
                {
                    lines += (int)MathF.Ceiling(unit / width) - 1;
                    x = unit % width;
                    continue;
                }
                x += need;
            }
        }
        return (lines, broken);
    }

    /// <summary>Column widths that fit <paramref name="available"/>: natural when they can, else minimum plus a share of the rest.</summary>
    public static float[] Proportional(float[] natural, float[] minimum, float available)
    {
        if (natural.Sum() <= available) return natural;
        // One very long word (a URL, a tag) may claim at most a third of the width and is cut there,
        // so it cannot squeeze the other columns until their headers break mid-word.
        minimum = minimum.Select(m => Math.Min(m, available / 3)).ToArray();
        var minimumTotal = minimum.Sum();
        if (minimumTotal >= available) return minimum.Select(m => m * available / minimumTotal).ToArray();
        var wanted = natural.Zip(minimum, (n, m) => Math.Max(n - m, 0)).ToArray();
        var share = (available - minimumTotal) / wanted.Sum();
        return minimum.Select((m, c) => m + wanted[c] * share).ToArray();
    }

    /// <summary>The pieces of the text's words that never break: a word breaks only after an inner hyphen or slash.</summary>
    public static IEnumerable<string> UnbreakablePieces(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i < word.Length - 1; i++)
            {
                if (word[i] is not ('-' or '/') || !char.IsLetterOrDigit(word[i - 1]) || !char.IsLetterOrDigit(word[i + 1])) continue;
                yield return word[start..(i + 1)];
                start = i + 1;
            }
            yield return word[start..];
        }
    }
}
