using HfReports.Engine.Document;
using HfReports.Engine.Text;

namespace HfReports.Tests.Document;

/// <summary>Prose markup: the runs each text gives, written out by hand (what the inline markup of Markdown means).</summary>
public sealed class RichTextTests
{
    private static TextRun[] Runs(string text) => RichText.ParseParagraph(text).Runs.ToArray();

    [Fact]
    public void Bold_italic_code_and_links_become_styled_runs_between_plain_ones()
    {
        Assert.Equal(
        [
            new TextRun("plain "), new TextRun("bold", RunStyle.Bold), new TextRun(" and "), new TextRun("italic", RunStyle.Italic),
            new TextRun(" with "), new TextRun("code", RunStyle.Code), new TextRun(" and "), new TextRun("a link", RunStyle.Plain, "https://x.org"),
            new TextRun("."),
        ], Runs("plain **bold** and *italic* with `code` and [a link](https://x.org)."));
    }

    [Fact]
    public void Styles_nest()
    {
        Assert.Equal([new TextRun("bold ", RunStyle.Bold), new TextRun("both", RunStyle.Bold | RunStyle.Italic), new TextRun(" bold", RunStyle.Bold)],
            Runs("**bold *both* bold**"));
        Assert.Equal([new TextRun("see "), new TextRun("Figure 3", RunStyle.Italic, "#fig-c")], Runs("see *[Figure 3](#fig-c)*"));
    }

    [Theory]
    [InlineData("mean_average and _x_ stay as written")]
    [InlineData("5 * 3 = 15")]
    [InlineData("# not a heading")]
    [InlineData("- not a list, 1. nor this")]
    [InlineData("> not a quote")]
    [InlineData("<b>not html</b> &amp; no entity, <https://not.an/autolink>")]
    [InlineData("[not a link] (x) and ![no](image) pictures")]
    public void Everything_else_is_plain_text_as_written(string text)
    {
        var expected = text.Replace("![no](image)", "!", StringComparison.Ordinal);
        var runs = Runs(text);
        if (text.Contains("![no](image)", StringComparison.Ordinal))
            Assert.Equal([new TextRun("[not a link] (x) and !"), new TextRun("no", RunStyle.Plain, "image"), new TextRun(" pictures")], runs);
        else
            Assert.Equal([new TextRun(expected)], runs);
    }

    [Fact]
    public void An_asterisk_that_closes_nothing_stays_literal_and_a_bracket_before_a_link_stays_outside_it()
    {
        Assert.Equal([new TextRun("*Limited: the rest is plain")], Runs("*Limited: the rest is plain"));
        Assert.Equal([new TextRun("see "), new TextRun("[2]", RunStyle.Plain, "#ref-2")], Runs("see [[2]](#ref-2)"));
    }

    [Fact]
    public void A_backslash_keeps_a_markup_character_literal()
    {
        Assert.Equal([new TextRun("a *literal* star and a `tick`")], Runs(@"a \*literal\* star and a \`tick\`"));
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_line_breaks_inside_one_are_spaces()
    {
        var paragraphs = RichText.Parse("one\n  two **bold\nstill** \n\n\nthree\r\n");
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal([new TextRun("one two "), new TextRun("bold still", RunStyle.Bold)], paragraphs[0].Runs);
        Assert.Equal([new TextRun("three")], paragraphs[1].Runs);
    }

    // The budget: openers x characters of a paragraph. 100 openers in 100,000 characters is exactly at it and read;
    // one character more is past it and printed as written, with the reason (Markdig would scan ~10^7 steps and more).
    [Fact]
    public void A_paragraph_within_the_markup_budget_is_read_and_one_past_it_is_kept_as_written_with_the_reason()
    {
        var links = string.Concat(Enumerable.Repeat("[a](#x) ", 100));
        var within = links + new string('y', 100_000 - links.Length);
        var unread = new List<string>();
        var read = RichText.ParseParagraph(within, unread: unread);
        Assert.Empty(unread);
        Assert.Equal(100, read.Runs.Count(r => r.Link == "#x"));

        var past = within + "y";
        var kept = RichText.ParseParagraph(past, unread: unread);
        Assert.Equal([new TextRun(past)], kept.Runs);
        Assert.Equal(["a paragraph of 100,001 characters with 100 link openers \"](\" is more markup than can be read " +
            "(10,000,000 openers x characters at most); it is printed as written, without markup"], unread);
    }

    [Fact]
    public void Unclosed_link_openers_filling_a_megabyte_are_kept_as_written_in_each_paragraph_alone()
    {
        var dense = string.Concat(Enumerable.Repeat("[a](", 250_000));
        var unread = new List<string>();
        var paragraphs = RichText.Parse("**before**\n\n" + dense + "\n\nafter *it*", unread: unread);
        Assert.Equal([new TextRun("before", RunStyle.Bold)], paragraphs[0].Runs);
        Assert.Equal([new TextRun(dense)], paragraphs[1].Runs);
        Assert.Equal([new TextRun("after "), new TextRun("it", RunStyle.Italic)], paragraphs[2].Runs);
        Assert.Single(unread);
        Assert.StartsWith("a paragraph of 1,000,000 characters with 250,000 link openers", unread[0]);
    }

    [Fact]
    public void Emphasis_opened_past_the_nesting_limit_is_kept_as_written_instead_of_throwing()
    {
        var deep = string.Concat(Enumerable.Repeat("*a ", 250_000)).TrimEnd();
        var unread = new List<string>();
        Assert.Equal([new TextRun(deep)], RichText.ParseParagraph(deep, unread: unread).Runs);
        Assert.Equal(["a paragraph's markup is nested too deeply to read; it is printed as written, without markup"], unread);
    }
}
