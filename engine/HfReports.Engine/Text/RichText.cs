using System.Text;
using HfReports.Engine.Document;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HfReports.Engine.Text;

/// <summary>
/// Turns rendered template text into paragraphs of styled runs. Paragraphs are separated by a
/// blank line; inside them **bold**, *italic*, `code` and [text](link) are recognised, by Markdig with a pipeline
/// restricted to those: no headings, lists, quotes, HTML, entities, autolinks or images, and <c>_</c> is a plain
/// character (column names such as mean_average stay as written). Line breaks inside a paragraph are spaces.
/// A paragraph too dense in markup for Markdig to read in bounded time is kept as written (see <see cref="MarkupBudget"/>).
/// </summary>
internal static class RichText
{
    private static readonly MarkdownPipeline Inline = InlinePipeline();

    /// <summary>
    /// The most link openers ("](") times characters a paragraph may have for its markup to be read. Markdig scans
    /// from each opener that closes nothing to the end of the paragraph (250,000 openers in 1 MB took minutes); ten
    /// million steps take about 50 ms, e.g. 100 links in a paragraph of 100,000 characters.
    /// </summary>
    public const long MarkupBudget = 10_000_000;

    /// <param name="unread">Receives, for each paragraph kept as written, why its markup was not read.</param>
    /// <param name="cancellation">Checked before each paragraph.</param>
    public static IReadOnlyList<Paragraph> Parse(string text, CancellationToken cancellation = default, ICollection<string>? unread = null)
    {
        var paragraphs = new List<Paragraph>();
        foreach (var block in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.None))
        {
            cancellation.ThrowIfCancellationRequested();
            var joined = string.Join(' ', block.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            if (joined.Length > 0) paragraphs.Add(ParseParagraph(joined, cancellation, unread));
        }
        return paragraphs;
    }

    public static Paragraph ParseParagraph(string text, CancellationToken cancellation = default, ICollection<string>? unread = null)
    {
        cancellation.ThrowIfCancellationRequested();
        var openers = (long)Openers(text);
        if (openers * text.Length > MarkupBudget)
            return AsWritten(text, unread, $"a paragraph of {text.Length:N0} characters with {openers:N0} link openers \"](\" is more markup " +
                $"than can be read ({MarkupBudget:N0} openers x characters at most)");
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(text, Inline);
        }
        catch (ArgumentException) // Markdig's nesting limit: emphasis or brackets opened thousands of times over
        {
            return AsWritten(text, unread, "a paragraph's markup is nested too deeply to read");
        }
        var runs = new List<TextRun>();
        var plain = new StringBuilder();
        var plainStyle = RunStyle.Plain;
        void Flush()
        {
            if (plain.Length > 0) runs.Add(new TextRun(plain.ToString(), plainStyle));
            plain.Clear();
        }
        void Add(string piece, RunStyle style)
        {
            if (style != plainStyle) Flush();
            plainStyle = style;
            plain.Append(piece);
        }
        void Walk(ContainerInline container, RunStyle style)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        Add(literal.Content.ToString(), style);
                        break;
                    case CodeInline code:
                        Flush();
                        runs.Add(new TextRun(code.Content, style | RunStyle.Code));
                        break;
                    case EmphasisInline emphasis:
                        Walk(emphasis, style | (emphasis.DelimiterCount >= 2 ? RunStyle.Bold : RunStyle.Italic));
                        break;
                    case LinkInline link:
                        if (link.IsImage) Add("!", style);
                        Flush();
                        runs.Add(new TextRun(PlainText(link), style, link.Url));
                        break;
                    case LineBreakInline:
                        Add(" ", style);
                        break;
                    case ContainerInline nested:
                        Walk(nested, style);
                        break;
                    default:
                        Add(inline.ToString() ?? "", style);
                        break;
                }
            }
        }
        foreach (var paragraph in document.OfType<ParagraphBlock>())
            if (paragraph.Inline is { } inlines) Walk(inlines, RunStyle.Plain);
        Flush();
        return new Paragraph(runs);
    }

    private static Paragraph AsWritten(string text, ICollection<string>? unread, string why)
    {
        unread?.Add(why + "; it is printed as written, without markup");
        return new Paragraph([new TextRun(text)]);
    }

    private static int Openers(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("](", StringComparison.Ordinal); at >= 0; at = text.IndexOf("](", at + 2, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>A link's label as written between its brackets' inlines, without markup.</summary>
    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<LeafInline>())
            text.Append(inline switch { LiteralInline l => l.Content.ToString(), CodeInline c => c.Content, _ => "" });
        return text.ToString();
    }

    /// <summary>Paragraphs only, and of inlines only code, links, backslash escapes and emphasis with <c>*</c>.</summary>
    private static MarkdownPipeline InlinePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.Clear();
        builder.BlockParsers.Add(new ParagraphBlockParser());
        builder.InlineParsers.Clear();
        var emphasis = new EmphasisInlineParser();
        emphasis.EmphasisDescriptors.RemoveAll(d => d.Character == '_');
        builder.InlineParsers.AddRange([new CodeInlineParser(), new LinkInlineParser(), new EscapeInlineParser(), emphasis]);
        return builder.Build();
    }
}
