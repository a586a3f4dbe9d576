using HfReports.Engine.Document;
using HfReports.Engine.Rendering.Html;
using HfReports.Engine.Tables;

namespace HfReports.Tests.Rendering;

/// <summary>Which HTML table columns stay on one line; widths in ems, worked by hand (46 ems of text, 1.36 of padding a
/// column; a small letter 0.56, a capital 0.72, a hyphen 0.42, a space 0.32, bold 8 % wider).</summary>
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
        // Tags: 40 words of 2.24 ems (102.1 in all) beside "Fine-tuned" (5.62) and "Chat Model" (5.68). Broken, Type needs
        // its widest piece, "Model" (2.96), plus padding: 4.32, on 2 lines; the tags' header (bold, 2.59) sets theirs, 3.95.
        // Of the 37.7 left the tags take what saves lines: 14 words a line (3 lines) at 36.88, where 15 (at 39.44) would
        // still need 3. Then Type takes 2.66 to keep "Fine-tuned" whole (a quarter line saved) and 0.06 more to put
        // "Chat Model" on one line (a cell's line), to 7.04 of the 46.
        var tags = string.Join(' ', Enumerable.Repeat("tags", 40));
        Assert.Equal([true, false], HtmlTableWrapping.OneLineColumns(Table(["Type", "Tags"], ["Fine-tuned", tags], ["Chat Model", tags])));
    }

    [Fact]
    public void A_long_column_wraps_even_when_every_column_is_too_wide_to_keep()
    {
        // Three columns of 32.2 ems each: none gets all it wants in 46, and widening one alone shortens no row.
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

    [Fact]
    public void Padding_counts_in_whether_a_table_fits()
    {
        // Two words of 39 small letters (21.84 ems each, 43.68) fit in 46 without their padding; with it (23.2 each, 46.41)
        // they do not. Both start at a third of the 46 (15.33), broken; the first to get its 23.2 back is kept whole,
        // and the 7.46 left cannot do as much for the second.
        var word = new string('a', 39);
        Assert.Equal([true, false], HtmlTableWrapping.OneLineColumns(Table(["A", "B"], [word, word])));
        // A short column beside a long one: "aa" (2.48 ems with its padding) starts whole and stays so; the long one wraps.
        var words = string.Join(' ', Enumerable.Repeat("aaaaaaaaaa", 12));
        Assert.Equal([false, true], HtmlTableWrapping.OneLineColumns(Table(["A", "B"], [words, "aa"])));
    }
}
