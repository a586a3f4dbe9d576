using System.Text;

namespace HfReports.Ingest.Import;

/// <summary>
/// A file that ends inside a quoted field. The CSV reader ends a row at a line break only outside
/// quotes, so a row with an odd number of quote characters can only be the file's last one: its
/// final field swallowed everything up to the end of the file (a cut file, or a stray quote that
/// made the rest of the file one row). That is an error, never a silently shortened import.
/// </summary>
internal static class UnclosedQuote
{
    /// <summary>The quote the problem is blamed on, and the extent of the row, relative to the row's first line.</summary>
    /// <param name="LineOffset">Lines after the row's first line (0 = the same line).</param>
    /// <param name="ByteColumn">1-based UTF-8 byte column of the quote in its line.</param>
    /// <param name="LastLineOffset">The row's last line (more than 0 when later lines were swallowed).</param>
    public readonly record struct Opening(int LineOffset, int ByteColumn, int LastLineOffset);

    /// <param name="row">The row's text exactly as in the file (before any unquoting).</param>
    /// <returns>Null when every quote of the row is closed.</returns>
    public static Opening? Find(ReadOnlySpan<char> row)
    {
        if (row.Count('"') % 2 == 0) return null;
        var blamed = FirstBadlyClosed(row) ?? row.LastIndexOf('"');
        var before = row[..blamed];
        var lineStart = before.LastIndexOf('\n') + 1;
        return new Opening(before.Count('\n'), Encoding.UTF8.GetByteCount(before[lineStart..]) + 1, row.TrimEnd("\r\n").Count('\n'));
    }

    /// <summary>
    /// The opening quote of the first quoted stretch whose closing quote is not followed by a separator,
    /// a line end or an escaped quote: where a stray or missing quote put the quoting out of step.
    /// </summary>
    private static int? FirstBadlyClosed(ReadOnlySpan<char> row)
    {
        var opened = -1;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] != '"') continue;
            if (opened < 0) { opened = i; continue; }
            if (i + 1 < row.Length && row[i + 1] == '"') { i++; continue; } // "" inside a quoted field
            if (i + 1 < row.Length && row[i + 1] is not (',' or '\n' or '\r')) return opened;
            opened = -1;
        }
        return null;
    }

    public static string Describe(string fileName, int rowLine, Opening opening, int rowsBefore)
    {
        var line = rowLine + opening.LineOffset;
        var swallowed = opening.LastLineOffset > 0 ? $"; lines {rowLine}-{rowLine + opening.LastLineOffset} were read as one row" : "";
        return $"{fileName}:{line}:{opening.ByteColumn}: the file ends inside a quoted field, which goes wrong at the quote here{swallowed}: " +
               $"the file is cut short, or a quote is stray or missing; nothing was imported ({rowsBefore:N0} {(rowsBefore == 1 ? "row was" : "rows were")} read before it)";
    }
}
