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
/// </summary>
public static class RichText
{
    private static readonly MarkdownPipeline Inline = InlinePipeline();

    /// <param name="cancellation">Checked before each paragraph.</param>
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
        cancellation.ThrowIfCancellationRequested();
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
        foreach (var paragraph in Markdown.Parse(text, Inline).OfType<ParagraphBlock>())
            if (paragraph.Inline is { } inlines) Walk(inlines, RunStyle.Plain);
        Flush();
        return new Paragraph(runs);
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
