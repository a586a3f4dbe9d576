using HfReports.Engine.Document;
using HfReports.Engine.Rendering.Html;
using HfReports.Engine.Tables;

namespace HfReports.Tests.Rendering;

/// <summary>Which HTML table columns stay on one line; widths in characters, worked by hand (95 characters of text,
/// 2.5 of padding a column).</summary>
public sealed class HtmlTableWrappingTests
{
    private static TableContent Table(string[] headers, params string[][] rows) =>
        new(headers.Select(h => new TableHeader(h, CellAlignment.Left)).ToArray(), rows);

    [Fact]
    public void A_table_that_fits_the_page_is_left_to_the_browser() =>
        Assert.Equal([false, false], HtmlTableWrapping.OneLineColumns(Table(["Model", "Type"], ["Llama-2-7B", "Fine-tuned"])));

    [Fact]
    public void The_short_column_beside_a_long_list_stays_on_one_line()
    {
        // Tags: 40 words of 4 letters (199 characters) beside "Fine-tuned" and "Chat Model" (10). Broken after its hyphen,
        // Type needs 7.5 (2 lines); the tags take 2.5 + 5 a word. Of the 81 characters left the tags take what saves lines,
        // up to 14 words a line (3 lines) at 71.5 (17 words, all 16 left would allow, still need 3 lines); then Type takes
        // 5 to keep its word whole (a quarter line saved), and the 11 left go to the tags.
        var tags = string.Join(' ', Enumerable.Repeat("tags", 40));
        Assert.Equal([true, false], HtmlTableWrapping.OneLineColumns(Table(["Type", "Tags"], ["Fine-tuned", tags], ["Chat Model", tags])));
    }

    [Fact]
    public void A_long_column_wraps_even_when_every_column_is_too_wide_to_keep()
    {
        // Three columns of 60 characters each: none gets all it wants in 95.
        var cell = string.Join(' ', Enumerable.Repeat("words", 10)).Substring(0, 59);
        Assert.Equal([false, false, false], HtmlTableWrapping.OneLineColumns(Table(["A", "B", "C"], [cell, cell, cell])));
    }

    [Fact]
    public void The_page_marks_the_columns_it_keeps_on_one_line()
    {
        var tags = string.Join(' ', Enumerable.Repeat("tags", 40));
        var paper = SampleDocuments.Paper(tableRows: 3);
        var document = paper with
        {
            Sections = paper.Sections.Select(s => s with
            {
                Blocks = s.Blocks.Select(b => b is TableBlock t ? t with { Content = Table(["Type", "Tags"], ["Fine-tuned", tags]) } : b).ToArray(),
            }).ToArray(),
        };
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(HtmlRenderer.Render(document, SampleDocuments.Fonts));
        Assert.Equal(["left nowrap", "left"], html.QuerySelectorAll("thead th").Select(th => th.ClassName ?? ""));
        Assert.Equal(["left nowrap", "left"], html.QuerySelectorAll("tbody td").Select(td => td.ClassName ?? ""));
        Assert.Contains(".nowrap { white-space: nowrap; }", html.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }
}
