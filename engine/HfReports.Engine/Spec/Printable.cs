using System.Globalization;
using System.Text;

namespace HfReports.Engine.Spec;

/// <summary>
/// Text from specs and snapshots as it may be shown on a terminal or in a CI log: control characters (ESC
/// sequences, CR, NUL, C1 controls) and the invisible bidirectional overrides are written as \u escapes, so a
/// name cannot move the cursor, rewrite a line, or reorder what is printed around it. Tab and newline stay.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i])) i++;
        if (i == text.Length) return text;
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsEscape(c)) escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t') || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';
}
