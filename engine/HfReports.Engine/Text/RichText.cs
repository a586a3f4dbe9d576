using System.Text;
using HfReports.Engine.Document;

namespace HfReports.Engine.Text;

/// <summary>
/// Turns rendered template text into paragraphs of styled runs. Paragraphs are separated by a
/// blank line; inside them **bold**, *italic*, `code` and [text](link) are recognised.
/// Line breaks inside a paragraph are spaces, as in Markdown.
/// </summary>
public static class RichText
{
    /// <param name="cancellation">Checked before each paragraph, and every 64 Ki characters inside one.</param>
    public static IReadOnlyList<Paragraph> Parse(string text, CancellationToken cancellation = default)
    {
        var paragraphs = new List<Paragraph>();
        foreach (var block in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.None))
        {
            cancellation.ThrowIfCancellationRequested();
            var joined = string.Join(' ', block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            if (joined.Length > 0) paragraphs.Add(ParseParagraph(joined, cancellation));
        }
        return paragraphs;
    }

    public static Paragraph ParseParagraph(string text, CancellationToken cancellation = default)
    {
        var runs = new List<TextRun>();
        var current = new StringBuilder();
        var style = RunStyle.Plain;
        void Flush()
        {
            if (current.Length > 0) runs.Add(new TextRun(current.ToString(), style));
            current.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0) cancellation.ThrowIfCancellationRequested();
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
            }
            else if (c == '`')
            {
                var end = text.IndexOf('`', i + 1);
                if (end < 0) { current.Append(c); continue; }
                Flush();
                runs.Add(new TextRun(text[(i + 1)..end], style | RunStyle.Code));
                i = end;
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*')
            {
                Flush();
                style ^= RunStyle.Bold;
                i++;
            }
            else if (c == '*' && (style.HasFlag(RunStyle.Italic) || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))))
            {
                Flush();
                style ^= RunStyle.Italic;
            }
            else if (c == '[' && TryLink(text, i, out var label, out var target, out var end))
            {
                Flush();
                runs.Add(new TextRun(label, style, target));
                i = end;
            }
            else
            {
                current.Append(c);
            }
        }
        Flush();
        return new Paragraph(runs);
    }

    private static bool TryLink(string text, int start, out string label, out string target, out int end)
    {
        label = target = "";
        end = start;
        // A label holds no '[' and a target no blank or '[': each search stops at the next '[', so a text of many
        // brackets is read once, not once per bracket.
        var nextOpen = text.IndexOf('[', start + 1);
        var limit = nextOpen < 0 ? text.Length : nextOpen;
        var close = text.IndexOf("](", start, limit - start, StringComparison.Ordinal);
        if (close < 0) return false;
        var targetEnd = close + 2;
        while (targetEnd < limit && text[targetEnd] != ')' && !char.IsWhiteSpace(text[targetEnd])) targetEnd++;
        if (targetEnd >= limit || text[targetEnd] != ')') return false;
        label = text[(start + 1)..close];
        target = text[(close + 2)..targetEnd];
        end = targetEnd;
        return label.Length > 0 && target.Length > 0 && !target.Contains(' ');
    }
}
