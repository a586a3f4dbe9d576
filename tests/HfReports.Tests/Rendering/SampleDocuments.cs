using HfReports.Engine.Build;
using HfReports.Engine.Charts;
using HfReports.Engine.Document;
using HfReports.Engine.Spec;
using HfReports.Engine.Tables;
using HfReports.Engine.Theme;

namespace HfReports.Tests.Rendering;

/// <summary>Small documents built in code: sections, a tiny ScottPlot figure, a long table, references.</summary>
internal static class SampleDocuments
{
    public static readonly DateTime Created = new(2024, 7, 13, 0, 0, 0, DateTimeKind.Utc);

    public static FontRegistry Fonts { get; } = new(new ThemeSpec());

    public static Paragraph Text(string text) => new([new TextRun(text)]);

    /// <summary>A one-panel line chart as the document carries it, with its SVG (as a build with an HTML output draws it).</summary>
    public static DrawnFigure Figure(string id) => Drawn(Graphic(id));

    /// <summary>The document's view of a figure drawn in a test, with its SVG.</summary>
    public static DrawnFigure Drawn(FigureGraphic graphic) => FigureRenderer.ForDocument(graphic, graphic.ToSvg());

    public static FigureGraphic Graphic(string id)
    {
        var plot = new ScottPlot.Plot();
        PaperStyle.Apply(plot, Fonts);
        plot.Add.Scatter(new double[] { 1, 2, 3, 4 }, new double[] { 3, 1, 4, 1 });
        plot.XLabel("Month");
        plot.YLabel("Models");
        return new FigureGraphic(id, [(plot, 1.0)], 400, 240);
    }

    public static TableContent Table(int rows, string? tallCell = null) => new(
        [new TableHeader("Model", CellAlignment.Left), new TableHeader("Score", CellAlignment.Right)],
        Enumerable.Range(1, rows).Select(r => (IReadOnlyList<string>)[r == 1 && tallCell is not null ? tallCell : $"model-{r}", (r / 7.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)]).ToArray());

    /// <summary>Two sections (one with a subsection), a figure, a table of <paramref name="tableRows"/> rows, a reference.</summary>
    public static ReportDocument Paper(int tableRows = 120, string? tallCell = null)
    {
        var lorem = string.Join(' ', Enumerable.Repeat("The community of model authors grew quickly and favoured a few architectures over the rest.", 6));
        var intro = new DocSection("1", "Introduction", "sec-1", 1,
            [
                new Paragraph([new TextRun("We study the leaderboard; "), new TextRun("Figure 1", Link: "#fig-1"), new TextRun(" shows the trend and "),
                    new TextRun("Table 1", Link: "#tab-1"), new TextRun(" lists models; see "), new TextRun("[1]", Link: "#ref-1"), new TextRun(". "),
                    new TextRun("Bold", RunStyle.Bold), new TextRun(" and "), new TextRun("code", RunStyle.Code), new TextRun(".")]),
                Text(lorem),
                new FigureBlock("trend", 1, "fig-1", Text("Models per month."), Figure("trend"), "month,models\n1,3\n"u8.ToArray()),
            ],
            [new DocSection("1.1", "Scope", "sec-1-1", 2, [Text(lorem)], [])]);
        var results = new DocSection("2", "Results", "sec-2", 1,
            [
                Text(lorem),
                new TableBlock("scores", 1, "tab-1", Text("Scores of every model."), Table(tableRows, tallCell), Text("Scores are averages."), "model,score\n"u8.ToArray()),
                Text("That is all."),
            ],
            []);
        var title = TitleBlock.Of("A Test Paper", "Built in code", [("Ada Lovelace", [1])], ["Analytical Engines Ltd"],
            [Text("We test the layout engine.")], ["layout", "tests"], null);
        return new ReportDocument("test", title, [intro, results], [new DocReference("ref", 1, "ref-1", "Someone. A book. 2024.")], Created);
    }
}
