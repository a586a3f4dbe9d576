using HfReports.Engine.Document;
using HfReports.Engine.Rendering.Pdf;

namespace HfReports.Tests.Rendering;

/// <summary>Liang's algorithm with the TeX US-English patterns, and where the line breaker may and may not break.</summary>
public sealed class HyphenationTests : IDisposable
{
    private readonly TextMeasurer _measurer = new();
    private readonly PdfStyles _styles = new(SampleDocuments.Fonts);

    private static string Hyphenated(string word)
    {
        var points = Hyphenator.English.Points(word);
        var text = word;
        foreach (var point in points.Reverse()) text = text.Insert(point, "-");
        return text;
    }

    // The hyphenations The TeXbook (appendix H) shows for plain TeX's US patterns; short words are never broken.
    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("concatenation", "con-cate-na-tion")]
    [InlineData("manuscript", "man-u-script")]
    [InlineData("the", "the")]
    public void Words_break_where_TeX_breaks_them(string word, string expected) => Assert.Equal(expected, Hyphenated(word));

    private IReadOnlyList<LineBox> Break(Paragraph paragraph, float width, LineAlign align) =>
        new LineBreaker(_measurer) { Hyphenator = Hyphenator.English }.Break(paragraph, _styles.Body, width, align);

    private static Paragraph Reference(string before) =>
        new([new TextRun(before + " ("), new TextRun("Figure 3", Link: "#fig-x"), new TextRun(") and more words after it.")]);

    [Fact]
    public void A_cross_reference_never_breaks_and_no_line_ends_on_an_opening_bracket()
    {
        for (var width = 60f; width <= 320f; width += 7)
        {
            var lines = Break(Reference("The models were grouped by family and compared"), width, LineAlign.Justify);
            foreach (var line in lines)
            {
                var words = line.Words.Select(w => w.Word.Text).ToArray();
                Assert.False(words[^1].EndsWith('('), $"a line ends on '(' at width {width}");
                Assert.NotEqual("Figure", words[^1]);
                Assert.NotEqual("3", words[0]);
            }
        }
    }

    [Fact]
    public void Justified_text_is_hyphenated_and_every_line_stays_within_the_width()
    {
        var text = "Experimentation moves to new families as they are released: community contributions concentrate on " +
                   "distributions of models that organisations release, and the leaderboard records their evaluations.";
        var lines = Break(SampleDocuments.Text(text), 150, LineAlign.Justify);
        Assert.Contains(lines.SkipLast(1), line => line.Words[^1].Word.Text.EndsWith('-') && char.IsLower(line.Words[^1].Word.Text[^2]));
        Assert.All(lines, line => Assert.True(line.NaturalWidth <= 150.01f));
        // Joining the hyphenated pieces gives back the text.
        var joined = string.Join(" ", lines.Select(l => string.Join(" ", l.Words.Select(w => w.Word.Text))));
        Assert.Equal(text, System.Text.RegularExpressions.Regex.Replace(joined, @"([a-z])- ([a-z])", "$1$2"));
    }

    [Fact]
    public void A_table_cell_breaks_after_a_slash_or_hyphen_rather_than_inside_a_word()
    {
        var breaker = new LineBreaker(_measurer);
        var style = _styles.Small(RunStyle.Plain);
        var width = Math.Max(_measurer.Width("savimo-", style), _measurer.Width("research", style)) + 2;
        Assert.True(breaker.TryBreakWhole(SampleDocuments.Text("savimo-research"), _styles.Small, width, LineAlign.Left, out var lines));
        Assert.Equal(["savimo-", "research"], lines.Select(l => string.Concat(l.Words.Select(w => w.Word.Text))));
        Assert.False(breaker.TryBreakWhole(SampleDocuments.Text("September"), _styles.Small, _measurer.Width("Sept", style), LineAlign.Left, out _));
    }

    public void Dispose() => _measurer.Dispose();
}
