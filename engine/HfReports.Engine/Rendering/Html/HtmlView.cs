using HfReports.Engine.Document;
using HfReports.Engine.Tables;
using Scriban.Runtime;

namespace HfReports.Engine.Rendering.Html;

/// <summary>
/// The document as the HTML template sees it: plain values and pre-escaped HTML fragments, with
/// sections flattened into an ordered list of headings and blocks.
/// </summary>
internal static class HtmlView
{
    /// <param name="svgOf">Each figure's SVG as the page embeds it.</param>
    public static ScriptObject Build(ReportDocument document, Func<FigureBlock, string> svgOf)
    {
        var title = document.Title;
        var view = new ScriptObject
        {
            ["id"] = document.Id,
            ["title"] = HtmlText.Escape(title.Title),
            ["subtitle"] = title.Subtitle is null ? null : HtmlText.Escape(title.Subtitle),
            ["authors"] = title.Authors is null ? null : HtmlText.Render(title.Authors),
            ["affiliations"] = new ScriptArray(title.Affiliations.Select(HtmlText.Render)),
            ["notice"] = title.Notice is null ? null : HtmlText.Escape(title.Notice),
            ["provenance"] = title.Provenance is null ? null : HtmlText.Escape(title.Provenance),
            ["abstract"] = new ScriptArray(title.Abstract.Select(HtmlText.Render)),
            ["keywords"] = HtmlText.Escape(title.Keywords ?? ""),
            ["toc"] = new ScriptArray(document.AllSections.Select(s => new ScriptObject
            {
                ["anchor"] = s.Anchor, ["number"] = s.Number, ["title"] = HtmlText.Escape(s.Title), ["level"] = s.Level,
            })),
            ["items"] = new ScriptArray(document.AllSections.SelectMany(s => Items(s, svgOf))),
            ["references"] = new ScriptArray(document.References.Select(r => new ScriptObject
            {
                ["anchor"] = r.Anchor, ["number"] = r.Number, ["text"] = HtmlText.Escape(r.Text),
            })),
        };
        return view;
    }

    private static IEnumerable<ScriptObject> Items(DocSection section, Func<FigureBlock, string> svgOf)
    {
        yield return new ScriptObject
        {
            ["kind"] = "heading", ["level"] = section.Level + 1, ["anchor"] = section.Anchor,
            ["number"] = section.Number, ["title"] = HtmlText.Escape(section.Title),
        };
        foreach (var block in section.Blocks)
            yield return Block(block, svgOf);
    }

    private static ScriptObject Block(DocBlock block, Func<FigureBlock, string> svgOf) => block switch
    {
        Paragraph paragraph => new ScriptObject { ["kind"] = "paragraph", ["html"] = HtmlText.Render(paragraph) },
        FigureBlock figure => new ScriptObject
        {
            ["kind"] = "figure", ["anchor"] = figure.Anchor, ["number"] = figure.Number, ["landscape"] = figure.Landscape,
            ["caption"] = HtmlText.Render(figure.Caption), ["svg"] = svgOf(figure),
            ["csv"] = DataUri(figure.DataCsv), ["csv_name"] = $"{figure.Id}.csv",
        },
        TableBlock table => TableItem(table),
        PageBreakBlock => new ScriptObject { ["kind"] = "page_break" },
        NoticeBlock notice => new ScriptObject
        {
            ["kind"] = "notice", ["anchor"] = notice.Anchor, ["title"] = HtmlText.Escape(notice.Title), ["html"] = HtmlText.Render(notice.Body),
        },
        MissingItemsBlock missing => new ScriptObject
        {
            ["kind"] = "missing",
            ["items"] = new ScriptArray(missing.Items.Select(item => new ScriptObject
            {
                ["anchor"] = item.Anchor, ["html"] = HtmlText.Render(MissingItemsBlock.Entry(item)),
            })),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "unknown block"),
    };

    private static ScriptObject TableItem(TableBlock table)
    {
        var classes = CellClasses(table.Content);
        return new ScriptObject
        {
            ["kind"] = "table", ["anchor"] = table.Anchor, ["number"] = table.Number, ["landscape"] = table.Landscape,
            ["caption"] = HtmlText.Render(table.Caption),
            ["note"] = table.Note is null ? null : HtmlText.Render(table.Note),
            ["headers"] = new ScriptArray(table.Content.Headers.Select((h, c) => new ScriptObject { ["title"] = HtmlText.Escape(h.Title), ["class"] = classes[c] })),
            ["rows"] = new ScriptArray(table.Content.Rows.Select(r => new ScriptArray(r.Select((cell, c) => new ScriptObject
            {
                ["text"] = HtmlText.Escape(cell), ["class"] = classes[c],
            })))),
            ["csv"] = DataUri(table.DataCsv), ["csv_name"] = $"{table.Id}.csv",
        };
    }

    private static string Align(CellAlignment alignment) => alignment.ToString().ToLowerInvariant();

    /// <summary>Each column's classes: its alignment, and "nowrap" where the page keeps its cells on one line
    /// (<see cref="HtmlTableWrapping"/>).</summary>
    private static string[] CellClasses(TableContent content)
    {
        var oneLine = HtmlTableWrapping.OneLineColumns(content);
        return content.Headers.Select((h, c) => Align(h.Alignment) + (oneLine[c] ? " nowrap" : "")).ToArray();
    }

    /// <summary>Null when the CSV was too large to embed (the page says so in place of the link).</summary>
    private static string? DataUri(byte[]? csv) => csv is null ? null : "data:text/csv;charset=utf-8;base64," + Convert.ToBase64String(csv);
}
