using HfReports.Engine.Document;

namespace HfReports.Tests.Document;

/// <summary>A missing item reads as one line: "Figure 3 — Caption — why", the caption's full stop dropped, the why in italics.</summary>
public sealed class MissingItemEntryTests
{
    private static Paragraph Text(params TextRun[] runs) => new(runs);

    private static string Show(Paragraph paragraph) =>
        string.Concat(paragraph.Runs.Select(run => run.Style == RunStyle.Plain ? run.Text : $"<{run.Style}>{run.Text}</>"));

    [Fact]
    public void Label_caption_without_its_full_stop_and_the_reason_in_italics()
    {
        var item = new MissingItem("f3", "fig-f3", "Figure 3", Text(new TextRun("Downloads per "), new TextRun("family", RunStyle.Bold), new TextRun(". ")),
            Text(new TextRun("needs Hub enrichment"), new TextRun(" (run enrich)", RunStyle.Code)));
        Assert.Equal("<Bold>Figure 3</> — Downloads per <Bold>family</> — <Italic>needs Hub enrichment</><Italic, Code> (run enrich)</>",
            Show(MissingItemsBlock.Entry(item)));
    }

    [Fact]
    public void A_caption_without_a_full_stop_is_kept_whole()
    {
        var item = new MissingItem("t2", "tab-t2", "Table 2", Text(new TextRun("Licences v1.0")), Text(new TextRun("no data")));
        Assert.Equal("<Bold>Table 2</> — Licences v1.0 — <Italic>no data</>", Show(MissingItemsBlock.Entry(item)));
    }

    [Fact]
    public void An_empty_caption_leaves_one_dash()
    {
        var item = new MissingItem("t2", "tab-t2", "Table 2", Text(), Text(new TextRun("no data")));
        Assert.Equal("<Bold>Table 2</> — <Italic>no data</>", Show(MissingItemsBlock.Entry(item)));
    }
}
