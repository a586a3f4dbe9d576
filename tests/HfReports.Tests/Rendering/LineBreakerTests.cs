using HfReports.Engine.Document;
using HfReports.Engine.Rendering.Pdf;

namespace HfReports.Tests.Rendering;

public sealed class LineBreakerTests : IDisposable
{
    private readonly TextMeasurer _measurer = new();
    private readonly PdfStyles _styles = new(SampleDocuments.Fonts);

    private const string Prose = "Open models were fine-tuned from a handful of base models, and the community improved on them month after month, " +
                                 "sometimes by a wide margin and sometimes by almost nothing at all.";

    private IReadOnlyList<LineBox> Break(string text, float width, LineAlign align) =>
        new LineBreaker(_measurer).Break(SampleDocuments.Text(text), _styles.Body, width, align);

    [Fact]
    public void Justified_lines_reach_the_full_width_except_the_last()
    {
        var lines = Break(Prose, 200, LineAlign.Justify);
        Assert.True(lines.Count >= 3);
        foreach (var line in lines.SkipLast(1))
            Assert.Equal(200, line.NaturalWidth, 0.05f);
        Assert.True(lines[^1].NaturalWidth < 200);
    }

    [Fact]
    public void Left_aligned_lines_never_exceed_the_width_and_keep_every_word()
    {
        var lines = Break(Prose, 150, LineAlign.Left);
        Assert.All(lines, line => Assert.True(line.NaturalWidth <= 150.01f));
        Assert.Equal(Prose.Split(' '), lines.SelectMany(l => l.Words).Select(w => w.Word.Text));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_into_pieces_that_fit()
    {
        var word = string.Concat(Enumerable.Repeat("unbreakable", 12));
        var lines = Break(word, 80, LineAlign.Justify);
        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(line.NaturalWidth <= 80.01f));
        Assert.Equal(word, string.Concat(lines.SelectMany(l => l.Words).Select(w => w.Word.Text)));
    }

    [Fact]
    public void The_long_rest_of_a_cut_word_shares_its_line_with_the_next_word()
    {
        // DejaVu Serif's m is 1942/2048 em wide: 0.1896 pt at 0.2 pt, so 3,500 of them are 663.8 pt, 1.66 lines of 400 pt.
        // Line 1 holds about 2,109 of them (399.9 pt; the shaper's rounding of advances costs a few); the other 1,391 or
        // so (264 pt; over 1,000 characters, so taken as the word's width less line 1's, not shaped again) leave room for
        // " end" (0.45 pt) on line 2.
        var text = new string('m', 3500) + " end";
        var lines = new LineBreaker(_measurer).Break(SampleDocuments.Text(text), s => _styles.Run(s, 0.2f), 400, LineAlign.Left);
        Assert.Equal(2, lines.Count);
        var head = Assert.Single(lines[0].Words).Word.Text;
        Assert.InRange(head.Length, 2100, 2110);
        Assert.Equal([new string('m', 3500 - head.Length), "end"], lines[1].Words.Select(w => w.Word.Text));
    }

    [Fact]
    public void A_line_narrower_than_one_character_still_terminates()
    {
        var lines = Break("abc def", 0.5f, LineAlign.Left);
        Assert.Equal("abcdef", string.Concat(lines.SelectMany(l => l.Words).Select(w => w.Word.Text)));
        Assert.Equal(6, lines.Count);
    }

    [Fact]
    public void Styles_and_links_survive_line_breaking()
    {
        var paragraph = new Paragraph([new TextRun("see "), new TextRun("Figure 3", RunStyle.Bold, "#fig-3")]);
        var lines = new LineBreaker(_measurer).Break(paragraph, _styles.Body, 400, LineAlign.Left);
        var linked = lines.Single().Words.Where(w => w.Word.Link == "#fig-3").Select(w => w.Word.Text);
        Assert.Equal(["Figure", "3"], linked);
    }

    [Fact]
    public void A_character_no_font_can_draw_is_reported()
    {
        var missing = new List<string>();
        var breaker = new LineBreaker(_measurer) { MissingGlyphs = runes => missing.AddRange(runes.Select(r => r.ToString())) };
        breaker.Break(SampleDocuments.Text("private use \uE0FF here"), _styles.Body, 300, LineAlign.Left);
        Assert.Equal(["\uE0FF"], missing);
    }

    public void Dispose() => _measurer.Dispose();
}
