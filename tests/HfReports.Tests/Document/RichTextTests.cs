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
}
