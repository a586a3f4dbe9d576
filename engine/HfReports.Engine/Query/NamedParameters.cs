using System.Text;

namespace HfReports.Engine.Query;

/// <summary>
/// Turns a spec's named parameters (:name, @name, $name, as SQLite reads them) into the numbered placeholders ($1, $2...)
/// DuckDB and PostgreSQL bind, so a spec writes parameters one way on every engine. Quoted text, quoted names, comments,
/// PostgreSQL's :: casts and dollar-quoted text are left alone; a positional '?' is refused, as on SQLite.
/// </summary>
internal static class NamedParameters
{
    /// <param name="names">The parameter names in the order of their numbers (each name once).</param>
    /// <param name="written">How each name was first written (":since"), for messages.</param>
    /// <param name="significantEnd">Where the SQL ends once trailing blanks, comments and semicolons are left off.</param>
    /// <exception cref="QueryRefusedException">A positional parameter.</exception>
    public static string Rewrite(string sql, out List<string> names, out List<string> written, out int significantEnd)
    {
        names = [];
        written = [];
        significantEnd = 0;
        var text = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var start = i;
            if (c is '\'' or '"' or '`')
            {
                i = sql.IndexOf(c, i + 1) is var close and >= 0 ? close + 1 : sql.Length;
                while (i < sql.Length && sql[i] == c && c != '`') i = sql.IndexOf(c, i + 1) is var next and >= 0 ? next + 1 : sql.Length; // '' inside text
            }
            else if (c == '-' && At(sql, i, "--")) i = sql.IndexOf('\n', i) is var end and >= 0 ? end : sql.Length;
            else if (c == '/' && At(sql, i, "/*")) i = sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : sql.Length;
            else if (c == ':' && At(sql, i, "::")) i += 2;
            else if (c == '$' && DollarQuote(sql, i) is { } tag)
                i = sql.IndexOf(tag, i + tag.Length, StringComparison.Ordinal) is var end and >= 0 ? end + tag.Length : sql.Length;
            else if (c is ':' or '@' or '$' && i + 1 < sql.Length && (char.IsAsciiLetter(sql[i + 1]) || sql[i + 1] == '_')
                     && (i == 0 || !(char.IsAsciiLetterOrDigit(sql[i - 1]) || sql[i - 1] is '_' or ':')))
            {
                i++;
                while (i < sql.Length && (char.IsAsciiLetterOrDigit(sql[i]) || sql[i] == '_')) i++;
                var name = sql[(start + 1)..i];
                var number = names.IndexOf(name);
                if (number < 0)
                {
                    names.Add(name);
                    written.Add(sql[start..i]);
                    number = names.Count - 1;
                }
                text.Append('$').Append(number + 1);
                significantEnd = text.Length;
                continue;
            }
            else if (c == '?')
                throw new QueryRefusedException("positional parameters ('?') are refused: name each one (:name) and declare it under 'parameters' or 'params'");
            else i++;
            text.Append(sql, start, i - start);
            var isComment = c is '-' or '/' && i - start >= 2 && (At(sql, start, "--") || At(sql, start, "/*"));
            if (!isComment && !char.IsWhiteSpace(c) && c != ';') significantEnd = text.Length;
        }
        return text.ToString();
    }

    private static bool At(string sql, int i, string what) => string.CompareOrdinal(sql, i, what, 0, what.Length) == 0;

    /// <summary>PostgreSQL's $tag$ or $$ opening a dollar-quoted string; null when the '$' starts something else.</summary>
    private static string? DollarQuote(string sql, int i)
    {
        var j = i + 1;
        while (j < sql.Length && (char.IsAsciiLetter(sql[j]) || sql[j] == '_')) j++;
        return j < sql.Length && sql[j] == '$' ? sql[i..(j + 1)] : null;
    }
}
