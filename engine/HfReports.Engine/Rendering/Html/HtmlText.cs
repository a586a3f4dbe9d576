using System.Net;
using System.Text;
using HfReports.Engine.Document;

namespace HfReports.Engine.Rendering.Html;

/// <summary>Rich runs as escaped HTML (strong, em, code, a).</summary>
internal static class HtmlText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    public static string Render(Paragraph paragraph)
    {
        var html = new StringBuilder();
        foreach (var run in paragraph.Runs)
        {
            var text = Escape(run.Text);
            // A cross-reference ("Figure 3") never breaks across lines.
            if (run.Link is { } anchor && anchor.StartsWith('#')) text = text.Replace(" ", "&nbsp;");
            if (run.Style.HasFlag(RunStyle.Code)) text = $"<code>{text}</code>";
            if (run.Style.HasFlag(RunStyle.Superscript)) text = $"<sup>{text}</sup>";
            if (run.Style.HasFlag(RunStyle.Italic)) text = $"<em>{text}</em>";
            if (run.Style.HasFlag(RunStyle.Bold)) text = $"<strong>{text}</strong>";
            if (run.Link is { } link) text = $"<a href=\"{Escape(link)}\">{text}</a>";
            html.Append(text);
        }
        return html.ToString();
    }
}
