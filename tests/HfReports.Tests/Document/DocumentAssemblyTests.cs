using System.Text;
using HfReports.Engine.Build;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Tables;
using HfReports.Engine.Text;
using HfReports.Tests.Support;

namespace HfReports.Tests.Document;

/// <summary>
/// The document a hand-made prepared report assembles into, part by part: the title block, the references, notices in
/// place of missing items, the checks table in its three forms, figures and tables with their placement, and the
/// problems of prose and captions. Every expected value is written out from the spec and what was handed in.
/// </summary>
public sealed class DocumentAssemblyTests
{
    private static readonly DateTime SnapshotDate = new(2024, 6, 15, 8, 30, 0);

    private static ReportSpec Load(string yaml)
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = yaml });
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(workspace.ManifestPath, diagnostics, EngineVocabulary.Manifest)!;
        var report = ReportLoader.Load(manifest.Reports[0], manifest.BaseFolder, diagnostics, EngineVocabulary.Spec);
        Assert.Empty(diagnostics.Items);
        return report!;
    }

    private static PreparedReport Prepared(Numbering numbering, IReadOnlyList<PreparedBlock> blocks, IReadOnlyList<ExpectationResult>? expectations = null,
        bool synthetic = false, string? provenance = null, IReadOnlyDictionary<string, Frame>? frames = null,
        IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(blocks, expectations ?? [],
            new TemplateScope(frames ?? new Dictionary<string, Frame>(), parameters ?? new Dictionary<string, object?>(),
                new Dictionary<string, object?>(), numbering),
            synthetic, provenance, SnapshotDate);

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Runs.Select(r => r.Text));

    private static string Text(DocBlock block) => Text(Assert.IsType<Paragraph>(block));

    /// <summary>One plain run of exactly the text (compared without printing 16,000 characters on failure).</summary>
    private static void AssertKeptAsWritten(string text, Paragraph paragraph)
    {
        var run = Assert.Single(paragraph.Runs);
        Assert.True(run.Text == text, $"a run of {run.Text.Length} characters, not the {text.Length} written: {run.Text[..Math.Min(80, run.Text.Length)]}");
        Assert.Equal((RunStyle.Plain, null), (run.Style, run.Link));
    }

    private static SourceLocation At(int line) => new("report.yaml", line, 1);

    [Fact]
    public void The_title_block_numbers_each_author_s_affiliations_and_lists_the_keywords_and_references()
    {
        var report = Load("""
            report:
              id: titled
              title: A Title
              subtitle: A Subtitle
              authors:
                - { name: Ada Lovelace, affiliation: [1, 2] }
                - Bob Plain
                - { name: Cy Young, affiliation: 2 }
              affiliations: [First Lab, Second Lab]
              abstract: |
                An *abstract* of {{ 2 + 3 }}
                words.

                Its second paragraph.
              keywords: [alpha, beta, gamma]
              sections:
                - title: Only
                  blocks:
                    - text: 'As {{ ref "knuth" }} says.'
              references:
                - { id: knuth, text: "Knuth, The Art." }
                - { id: lamport, text: "Lamport, LaTeX." }
            """);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();

        var document = ReportAssembler.Assemble(report, numbering, Prepared(numbering, [], provenance: "Built from import 7."), diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal("titled", document.Id);
        var title = document.Title;
        Assert.Equal(("A Title", "A Subtitle"), (title.Title, title.Subtitle));
        Assert.Equal(
            [
                new TextRun("Ada Lovelace"), new TextRun("1,2", RunStyle.Superscript), new TextRun(", Bob Plain"), new TextRun(", Cy Young"),
                new TextRun("2", RunStyle.Superscript),
            ],
            title.Authors!.Runs);
        Assert.Equal(["Ada Lovelace", "Bob Plain", "Cy Young"], title.AuthorNames);
        Assert.Equal(2, title.Affiliations.Count);
        Assert.Equal([new TextRun("1", RunStyle.Superscript), new TextRun(" First Lab")], title.Affiliations[0].Runs);
        Assert.Equal([new TextRun("2", RunStyle.Superscript), new TextRun(" Second Lab")], title.Affiliations[1].Runs);
        Assert.Equal(2, title.Abstract.Count);
        Assert.Equal([new TextRun("An "), new TextRun("abstract", RunStyle.Italic), new TextRun(" of 5 words.")], title.Abstract[0].Runs);
        Assert.Equal([new TextRun("Its second paragraph.")], title.Abstract[1].Runs);
        Assert.Equal("alpha; beta; gamma", title.Keywords);
        Assert.Equal(["alpha", "beta", "gamma"], title.KeywordList);
        Assert.Null(title.Notice);
        Assert.Equal("Built from import 7.", title.Provenance);
        Assert.Equal(
            [new DocReference("knuth", 1, "ref-knuth", "Knuth, The Art."), new DocReference("lamport", 2, "ref-lamport", "Lamport, LaTeX.")],
            document.References);
        Assert.Equal("As [1] says.", Text(Assert.Single(document.Sections).Blocks.Single()));
        Assert.Equal(DateTime.SpecifyKind(SnapshotDate, DateTimeKind.Utc), document.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, document.CreatedAt.Kind);
    }

    /// <summary>A report with a title and one section holding a page break: no authors, keywords or abstract.</summary>
    private static ReportSpec BareReport() => Load("""
        report:
          id: bare
          title: Bare
          sections:
            - title: Only
              blocks:
                - page_break: true
        """);

    [Fact]
    public void A_bare_title_block_has_no_authors_keywords_or_abstract_and_synthetic_data_says_so()
    {
        var report = BareReport();
        var numbering = Numbering.Assign(report, new DiagnosticBag());

        var document = ReportAssembler.Assemble(report, numbering, Prepared(numbering, [], synthetic: true), new DiagnosticBag());

        var title = document.Title;
        Assert.Null(title.Subtitle);
        Assert.Null(title.Authors);
        Assert.Empty(title.AuthorNames);
        Assert.Empty(title.Affiliations);
        Assert.Empty(title.Abstract);
        Assert.Null(title.Keywords);
        Assert.Empty(title.KeywordList);
        Assert.Null(title.Provenance);
        Assert.Equal(ReportAssembler.SyntheticNotice, title.Notice);
        Assert.Empty(document.References);
        Assert.IsType<PageBreakBlock>(Assert.Single(document.Sections).Blocks.Single());
    }

    [Fact]
    public void An_abstract_that_cannot_be_rendered_says_so_in_its_place_and_is_told_at_its_key()
    {
        var report = Load("""
            report:
              id: bare
              title: Bare
              abstract: "Models: {{ 1 + }}"
              sections:
                - title: Only
                  blocks:
                    - page_break: true
            """);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();

        var document = ReportAssembler.Assemble(report, numbering, Prepared(numbering, []), diagnostics);

        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Error, "report.abstract"), (error.Severity, error.KeyPath));
        // The abstract's text starts after its quote, at column 14 of line 4; `}}` is its 16th character.
        Assert.Equal((4, 29), (error.Location!.Line, error.Location.Column));
        Assert.Equal("Text could not be rendered: " + error.Message, Text(Assert.Single(document.Title.Abstract)));
    }

    [Fact]
    public void A_drawn_figure_tells_its_plot_areas_when_it_knows_them_and_draws_at_the_width_asked()
    {
        var widths = new List<float>();
        var withAreas = new DrawnFigure(300, 200, "<svg/>", (_, width) => widths.Add(width), () => [new SkiaSharp.SKRect(10, 20, 290, 180)]);
        var without = new DrawnFigure(300, 200, (string?)null, (_, _) => { });

        withAreas.Draw(null!, 150);

        Assert.Equal([150f], widths);
        Assert.Equal([new SkiaSharp.SKRect(10, 20, 290, 180)], withAreas.PlotAreas());
        Assert.Empty(without.PlotAreas());
        Assert.Equal((300f, 200f, "<svg/>"), (withAreas.Width, withAreas.Height, withAreas.Svg));
        Assert.Null(without.Svg);
    }

    [Fact]
    public void An_author_without_affiliations_is_followed_by_no_superscript()
    {
        var title = TitleBlock.Of("T", null, [("Solo", [])], [], [], ["one"], null);

        Assert.Equal([new TextRun("Solo")], title.Authors!.Runs);
        Assert.Equal("one", title.Keywords);
    }

    private const string GapsSpec = """
        report:
          id: gaps
          title: Gaps
          sections:
            - title: Checks first
              blocks:
                - checks: { id: checks, caption: What holds. }
            - title: Gaps
              blocks:
                - table:
                    id: a
                    caption: |
                      First of
                      two lines.
                    data: { query: "select 1 as n" }
                    columns: [n]
                    requires: { tables: [t1], reason: needs t1, remedy: run enrich }
                - figure:
                    id: b
                    caption: Its {{ data.size }} rows.
                    data: { query: "select 1 as n" }
                    chart: { type: column, x: { field: n, type: category }, y: n }
                    requires: { tables: [t2, t3], reason: needs t2, remedy: run enrich }
                - page_break: true
                - table:
                    id: c
                    caption: Third.
                    data: { query: "select 1 as n" }
                    columns: [n]
                    requires: { tables: [t1], reason: also needs t1, remedy: run other }
                - table:
                    id: d
                    caption: Fourth.
                    data: { query: "select 1 as n" }
                    columns: [n]
                    requires: { tables: [t4], reason: "needs *t4*", remedy: run enrich }
        """;

    [Fact]
    public void Consecutive_missing_items_share_a_panel_each_remedy_is_said_once_and_the_checks_list_them_all()
    {
        var report = Load(GapsSpec);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var specs = SpecWalk.Blocks(report).ToArray();
        var (a, b, c, d) = ((TableSpec)specs[1], (FigureSpec)specs[2], (TableSpec)specs[4], (TableSpec)specs[5]);
        Diagnostic first = new(Severity.Warning, "t1 is empty", At(1)), second = new(Severity.Warning, "t4 is empty", At(2));
        var prepared = Prepared(numbering,
        [
            new PreparedBlock.Notice(a, a.Requires!, ["t1"], [first]),
            new PreparedBlock.Notice(b, b.Requires!, ["t2", "t3"], []),
            new PreparedBlock.Notice(c, c.Requires!, ["t1"], []),
            new PreparedBlock.Notice(d, d.Requires!, ["t4"], [second]),
        ]);
        var diagnostics = new DiagnosticBag();

        var document = ReportAssembler.Assemble(report, numbering, prepared, diagnostics);

        Assert.Equal([first, second], diagnostics.Items);
        var gaps = document.Sections[1].Blocks;
        Assert.Equal(3, gaps.Count);
        var panel = Assert.IsType<MissingItemsBlock>(gaps[0]).Items;
        Assert.Equal(2, panel.Count);
        Assert.Equal(("a", "tab-a", "Table 2", "First of two lines.", "needs t1; run enrich"),
            (panel[0].Id, panel[0].Anchor, panel[0].Label, Text(panel[0].Caption), Text(panel[0].Why)));
        // A caption that reads the item's data is left out: the item has none.
        Assert.Equal(("b", "fig-b", "Figure 1", "needs t2"), (panel[1].Id, panel[1].Anchor, panel[1].Label, Text(panel[1].Why)));
        Assert.Empty(panel[1].Caption.Runs);
        Assert.IsType<PageBreakBlock>(gaps[1]);
        var after = Assert.IsType<MissingItemsBlock>(gaps[2]).Items;
        Assert.Equal(("Table 3", "Third.", "also needs t1; run other"), (after[0].Label, Text(after[0].Caption), Text(after[0].Why)));
        Assert.Equal(("Table 4", "Fourth."), (after[1].Label, Text(after[1].Caption)));
        Assert.Equal([new TextRun("needs "), new TextRun("t4", RunStyle.Italic)], after[1].Why.Runs);

        // The checks table stands before the gaps, yet lists every one of them.
        var checks = document.Sections[0].Blocks;
        Assert.Equal(3, checks.Count);
        Assert.Equal("No published number applies to this snapshot; 0 of 0 snapshot checks hold on this snapshot.", Text(checks[0]));
        Assert.Equal(
            [
                new TextRun("Not shown from this snapshot: ", RunStyle.Bold),
                new TextRun("Table 2", Link: "#tab-a"), new TextRun(" (needs t1); "),
                new TextRun("Figure 1", Link: "#fig-b"), new TextRun(" (needs t2); "),
                new TextRun("Table 3", Link: "#tab-c"), new TextRun(" (also needs t1); "),
                new TextRun("Table 4", Link: "#tab-d"), new TextRun(" (needs *t4*)."),
            ],
            Assert.IsType<Paragraph>(checks[2]).Runs);
    }

    [Fact]
    public void Missing_items_apart_from_each_other_get_a_panel_each()
    {
        var report = Load(GapsSpec);
        var section = report.Sections[1];
        // Text between the first two items, and no page break.
        report = report with
        {
            Sections = [report.Sections[0], section with { Blocks = [section.Blocks[0], new TextBlockSpec("Between.", At(40), "between"), section.Blocks[1]] }],
        };
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var specs = SpecWalk.Blocks(report).ToArray();
        var (a, b) = ((TableSpec)specs[1], (FigureSpec)specs[3]);
        var prepared = Prepared(numbering, [new PreparedBlock.Notice(a, a.Requires!, ["t1"], []), new PreparedBlock.Notice(b, b.Requires!, ["t2"], [])]);

        var blocks = ReportAssembler.Assemble(report, numbering, prepared, new DiagnosticBag()).Sections[1].Blocks;

        Assert.Equal(3, blocks.Count);
        Assert.Equal("a", Assert.IsType<MissingItemsBlock>(blocks[0]).Items.Single().Id);
        Assert.Equal("Between.", Text(blocks[1]));
        Assert.Equal("b", Assert.IsType<MissingItemsBlock>(blocks[2]).Items.Single().Id);
    }

    private const string ChecksSpec = """
        report:
          id: repro
          title: Reproduction
          sections:
            - title: Appendix
              blocks:
                - checks:
                    id: repro
                    caption: |
                      What the paper
                      prints.
        """;

    private static ExpectationResult Published(string description, bool passed, string where) =>
        new(description, "10 ± 1", passed ? "10.5" : "12", passed, new SourceLocation("repro.yaml", 5, 3), "k") { Published = where };

    private static ExpectationResult Check(string description, bool passed) =>
        new(description, "at least 1", passed ? "3" : "0", passed, new SourceLocation("repro.yaml", 8, 3), "k");

    private static IReadOnlyList<DocBlock> ChecksBlocks(IReadOnlyList<ExpectationResult> results, bool synthetic)
    {
        var report = Load(ChecksSpec);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();
        var document = ReportAssembler.Assemble(report, numbering, Prepared(numbering, [], results, synthetic), diagnostics);
        Assert.Empty(diagnostics.Items);
        return document.Sections.Single().Blocks;
    }

    [Fact]
    public void Published_numbers_fill_the_table_and_the_snapshot_checks_follow_it_as_a_list()
    {
        var blocks = ChecksBlocks(
            [Published("Mean", true, "Table 5"), Check("Models", true), Published("Median", false, "Section 3"), Check("Authors", false)],
            synthetic: false);

        Assert.Equal(5, blocks.Count);
        Assert.Equal("1 of 2 published numbers and 1 of 2 snapshot checks hold on this snapshot.", Text(blocks[0]));
        var table = Assert.IsType<TableBlock>(blocks[1]);
        Assert.Equal(("repro", 1, "tab-repro", "What the paper prints."), (table.Id, table.Number, table.Anchor, Text(table.Caption)));
        Assert.Null(table.Note);
        Assert.False(table.Pinned || table.Landscape);
        Assert.Equal("Published number", table.Content.Headers[0].Title);
        Assert.Equal([["Mean", "Table 5", "10 ± 1", "10.5", "holds"], ["Median", "Section 3", "10 ± 1", "12", "differs"]], table.Content.Rows);
        Assert.Equal(
            "kind,where_published,check,expected,actual,holds,declared_at\r\n"
            + "published,Table 5,Mean,10 ± 1,10.5,True,repro.yaml:5:3\r\n"
            + "snapshot check,,Models,at least 1,3,True,repro.yaml:8:3\r\n"
            + "published,Section 3,Median,10 ± 1,12,False,repro.yaml:5:3\r\n"
            + "snapshot check,,Authors,at least 1,0,False,repro.yaml:8:3\r\n",
            Encoding.UTF8.GetString(table.DataCsv!));
        Assert.Equal(
            [new TextRun("Snapshot checks", RunStyle.Bold), new TextRun(" (sanity checks of this export; the paper does not print these numbers):")],
            Assert.IsType<Paragraph>(blocks[2]).Runs);
        Assert.Equal([new TextRun("• Models: expected at least 1, snapshot 3 (holds)")], Assert.IsType<Paragraph>(blocks[3]).Runs);
        Assert.Equal([new TextRun("• Authors: expected at least 1, snapshot 0 (differs)")], Assert.IsType<Paragraph>(blocks[4]).Runs);
    }

    [Fact]
    public void On_synthetic_data_the_summary_says_the_published_numbers_are_not_expected_to_hold()
    {
        var blocks = ChecksBlocks([Published("Mean", false, "Table 5"), Published("Median", true, "Table 6")], synthetic: true);

        Assert.Equal(2, blocks.Count);
        Assert.Equal("1 of 2 published numbers and 0 of 0 snapshot checks hold on this snapshot "
                     + "(it is synthetic demo data, so the published numbers are not expected to hold).", Text(blocks[0]));
        Assert.Equal([["Mean", "Table 5", "10 ± 1", "12", "differs"], ["Median", "Table 6", "10 ± 1", "10.5", "holds"]],
            Assert.IsType<TableBlock>(blocks[1]).Content.Rows);
    }

    [Fact]
    public void Without_published_numbers_the_table_lists_the_snapshot_checks()
    {
        var blocks = ChecksBlocks([Check("Models", true), Check("Authors", false), Check("Rows", true)], synthetic: false);

        Assert.Equal(2, blocks.Count);
        Assert.Equal("No published number applies to this snapshot; 2 of 3 snapshot checks hold on this snapshot.", Text(blocks[0]));
        var table = Assert.IsType<TableBlock>(blocks[1]).Content;
        Assert.Equal("Snapshot check", table.Headers[0].Title);
        Assert.Equal([["Models", "at least 1", "3", "holds"], ["Authors", "at least 1", "0", "differs"], ["Rows", "at least 1", "3", "holds"]], table.Rows);
    }

    [Fact]
    public void Figures_and_tables_keep_their_placement_caption_note_content_and_data()
    {
        var report = Load("""
            report:
              id: placed
              title: Placed
              sections:
                - title: Data
                  blocks:
                    - table:
                        id: pinned
                        caption: "{{ data.size }} rows."
                        note: "Largest: {{ data[2].n }}."
                        data: { query: "select 1 as n" }
                        columns: [n]
                        placement: here
                    - table:
                        id: wide
                        caption: |
                          Wide

                            and tall.
                        data: { query: "select 1 as n" }
                        columns: [n]
                        placement: landscape
                    - figure:
                        id: turned
                        caption: Turned.
                        data: { query: "select 1 as n" }
                        chart: { type: column, x: { field: n, type: category }, y: n }
                        placement: landscape
                    - figure:
                        id: here
                        caption: Here.
                        data: { query: "select 1 as n" }
                        chart: { type: column, x: { field: n, type: category }, y: n }
                        placement: here
            """);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var specs = SpecWalk.Blocks(report).ToArray();
        var frame = Frames.Of(Frames.Integer("n", 1, 2, 3));
        var content = new TableContent([new TableHeader("n", CellAlignment.Right)], [["1"], ["2"], ["3"]]);
        byte[] csv = [1, 2, 3];
        DrawnFigure turned = new(400, 300, (string?)null, (_, _) => { }), here = new(200, 100, (string?)null, (_, _) => { });
        var prepared = Prepared(numbering,
        [
            new PreparedBlock.Built(specs[0], frame, null, content, csv, [], []),
            new PreparedBlock.Built(specs[1], frame, null, content, null, [], []),
            new PreparedBlock.Built(specs[2], frame, turned, null, null, [], []),
            new PreparedBlock.Built(specs[3], frame, here, null, csv, [], []),
        ]);
        var diagnostics = new DiagnosticBag();

        var blocks = ReportAssembler.Assemble(report, numbering, prepared, diagnostics).Sections.Single().Blocks;

        Assert.Empty(diagnostics.Items);
        var pinned = Assert.IsType<TableBlock>(blocks[0]);
        Assert.Equal(("pinned", 1, "tab-pinned", "3 rows.", "Largest: 3."), (pinned.Id, pinned.Number, pinned.Anchor, Text(pinned.Caption), Text(pinned.Note!)));
        Assert.Same(content, pinned.Content);
        Assert.Same(csv, pinned.DataCsv);
        Assert.Equal((true, false), (pinned.Pinned, pinned.Landscape));
        var wide = Assert.IsType<TableBlock>(blocks[1]);
        // A caption is one paragraph: its blank line and its indentation are one space.
        Assert.Equal(("wide", 2, "tab-wide", "Wide and tall."), (wide.Id, wide.Number, wide.Anchor, Text(wide.Caption)));
        Assert.Null(wide.Note);
        Assert.Null(wide.DataCsv);
        Assert.Equal((false, true), (wide.Pinned, wide.Landscape));
        var landscape = Assert.IsType<FigureBlock>(blocks[2]);
        Assert.Equal(("turned", 1, "fig-turned", "Turned."), (landscape.Id, landscape.Number, landscape.Anchor, Text(landscape.Caption)));
        Assert.Same(turned, landscape.Graphic);
        Assert.Equal((false, true), (landscape.Pinned, landscape.Landscape));
        var standing = Assert.IsType<FigureBlock>(blocks[3]);
        Assert.Equal(("here", 2, "fig-here"), (standing.Id, standing.Number, standing.Anchor));
        Assert.Same(csv, standing.DataCsv);
        Assert.Equal((true, false), (standing.Pinned, standing.Landscape));
    }

    [Fact]
    public void A_failed_table_s_note_is_not_rendered_and_a_caption_that_cannot_render_is_shown_as_written()
    {
        var report = Load("""
            report:
              id: failing
              title: Failing
              sections:
                - title: Data
                  blocks:
                    - table:
                        id: t
                        caption: Counted.
                        note: "Read {{ data[0].nope }}."
                        data: { query: "select 1 as n" }
                        columns: [n]
                    - table:
                        id: u
                        caption: Fine.
                        data: { query: "select 1 as n" }
                        columns: [n]
            """);
        var specs = SpecWalk.Blocks(report).ToArray();
        var broken = ((TableSpec)specs[1]) with { Caption = "{{ 1 + }}" };
        report = report with { Sections = [report.Sections[0] with { Blocks = [specs[0], broken] }] };
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var frame = Frames.Of(Frames.Integer("n", 1));
        var content = new TableContent([new TableHeader("n", CellAlignment.Right)], [["1"]]);
        var prepared = Prepared(numbering,
        [
            new PreparedBlock.Failed(specs[0], "it could not be formatted", [], frame, []),
            new PreparedBlock.Built(broken, frame, null, content, null, [], []),
        ]);
        var diagnostics = new DiagnosticBag();

        var blocks = ReportAssembler.Assemble(report, numbering, prepared, diagnostics).Sections.Single().Blocks;

        // The failed table's note reads a column the frame lacks: its warning is told, as for a built table.
        Assert.Equal(2, diagnostics.Items.Count);
        Assert.Equal((Severity.Warning, "template reads column 'nope', which the frame row lacks (it has: n)", "report.sections[0].blocks[0].table.note"),
            (diagnostics.Items[0].Severity, diagnostics.Items[0].Message, diagnostics.Items[0].KeyPath));
        var failed = Assert.IsType<NoticeBlock>(blocks[0]);
        Assert.Equal(("Table 1 ('t') was not built", "it could not be formatted", "tab-t"), (failed.Title, Text(failed.Body), failed.Anchor));
        Assert.Equal(Severity.Error, diagnostics.Items[1].Severity);
        Assert.StartsWith("template error", diagnostics.Items[1].Message);
        Assert.Equal(SpecNode.Join(broken.KeyPath, "caption"), diagnostics.Items[1].KeyPath);
        Assert.Equal([new TextRun("{{ 1 + }}")], Assert.IsType<TableBlock>(blocks[1]).Caption.Runs);
    }

    [Theory]
    [InlineData(false, Severity.Warning)]
    [InlineData(true, Severity.Error)]
    public void Prose_that_fails_reads_a_missing_value_or_cannot_be_read_is_told_where_it_stands(bool strict, Severity missingSeverity)
    {
        var report = Load("""
            report:
              id: prose
              title: Prose
              sections:
                - title: Text
                  blocks:
                    - text: placeholder
            """);
        var dense = string.Concat(Enumerable.Repeat("[a](", 2_400));
        TextBlockSpec failing = new("Before {{ 1 + }}", At(10), "k.failing"), missing = new("Value {{ frames.m[0].nope }}.", At(11), "k.missing"),
            unread = new("{{ params.dense }}", At(12), "k.unread");
        report = report with { Sections = [report.Sections[0] with { Blocks = [failing, missing, unread] }] };
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var prepared = Prepared(numbering, [], frames: new Dictionary<string, Frame> { ["m"] = Frames.Of(Frames.Integer("n", 1)) },
            parameters: new Dictionary<string, object?> { ["dense"] = dense });
        var diagnostics = new DiagnosticBag();

        var blocks = ReportAssembler.Assemble(report, numbering, prepared, diagnostics, new AssemblyOptions(Strict: strict)).Sections.Single().Blocks;

        Assert.Equal(3, diagnostics.Items.Count);
        var error = diagnostics.Items[0];
        Assert.Equal((Severity.Error, "k.failing"), (error.Severity, error.KeyPath));
        Assert.StartsWith("template error", error.Message);
        Assert.Equal([new TextRun("Text could not be rendered: ", RunStyle.Bold), new TextRun(error.Message)], Assert.IsType<Paragraph>(blocks[0]).Runs);
        Assert.Equal((missingSeverity, "template reads column 'nope', which the frame row lacks (it has: n)", "k.missing"),
            (diagnostics.Items[1].Severity, diagnostics.Items[1].Message, diagnostics.Items[1].KeyPath));
        Assert.Equal("Value [missing: nope].", Text(blocks[1]));
        Assert.Equal((Severity.Warning, At(12), "k.unread"), (diagnostics.Items[2].Severity, diagnostics.Items[2].Location, diagnostics.Items[2].KeyPath));
        Assert.EndsWith("it is printed as written, without markup", diagnostics.Items[2].Message);
        AssertKeptAsWritten(dense, Assert.IsType<Paragraph>(blocks[2]));
    }

    [Fact]
    public void A_caption_whose_markup_cannot_be_read_is_kept_as_written_with_a_warning()
    {
        var report = Load(ChecksSpec);
        var dense = string.Concat(Enumerable.Repeat("[a](", 2_400));
        var checks = (ChecksBlockSpec)report.Sections[0].Blocks[0];
        report = report with { Sections = [report.Sections[0] with { Blocks = [checks with { Caption = "{{ params.dense }}" }] }] };
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var diagnostics = new DiagnosticBag();

        var document = ReportAssembler.Assemble(report, numbering,
            Prepared(numbering, [], parameters: new Dictionary<string, object?> { ["dense"] = dense }), diagnostics);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Warning, checks.Location, SpecNode.Join(checks.KeyPath, "caption")), (warning.Severity, warning.Location, warning.KeyPath));
        AssertKeptAsWritten(dense, Assert.IsType<TableBlock>(document.Sections[0].Blocks[1]).Caption);
    }

    [Fact]
    public void The_document_is_dated_by_source_date_epoch_when_it_is_a_count_of_seconds_and_by_the_snapshot_otherwise()
    {
        var report = Load(ChecksSpec);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var prepared = Prepared(numbering, []);

        var dated = ReportAssembler.Assemble(report, numbering, prepared, new DiagnosticBag(), new AssemblyOptions(SourceDateEpoch: "86400"));
        var diagnostics = new DiagnosticBag();
        var undated = ReportAssembler.Assemble(report, numbering, prepared, diagnostics, new AssemblyOptions(SourceDateEpoch: "tomorrow"));

        Assert.Equal(new DateTime(1970, 1, 2, 0, 0, 0, DateTimeKind.Utc), dated.CreatedAt);
        Assert.Equal(DateTime.SpecifyKind(SnapshotDate, DateTimeKind.Utc), undated.CreatedAt);
        Assert.Equal(report.Location, Assert.Single(diagnostics.Items).Location);
    }

    private sealed record Unknown(BlockSpec Spec) : PreparedBlock(Spec);

    [Fact]
    public void A_prepared_block_of_an_unknown_kind_or_a_block_never_prepared_is_refused()
    {
        var report = Load("""
            report:
              id: odd
              title: Odd
              sections:
                - title: Data
                  blocks:
                    - table:
                        id: t
                        caption: T.
                        data: { query: "select 1 as n" }
                        columns: [n]
            """);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var table = (TableSpec)report.Sections[0].Blocks[0];

        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReportAssembler.Assemble(report, numbering, Prepared(numbering, [new Unknown(table)]), new DiagnosticBag()));
        Assert.Equal("prepared", unknown.ParamName);
        Assert.StartsWith("unknown prepared block", unknown.Message);
        var unprepared = Assert.Throws<ArgumentException>(() =>
            ReportAssembler.Assemble(report, numbering, Prepared(numbering, []), new DiagnosticBag()));
        Assert.Equal("spec", unprepared.ParamName);
        Assert.StartsWith($"'TableSpec' at {table.Location} was not prepared", unprepared.Message);
    }

    [Fact]
    public void A_prepared_report_finds_each_block_by_its_spec_and_keeps_what_it_was_given()
    {
        var report = Load(GapsSpec);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var a = (TableSpec)report.Sections[1].Blocks[0];
        var notice = new PreparedBlock.Notice(a, a.Requires!, ["t1"], []);
        ExpectationResult[] results = [Check("Models", true)];

        var prepared = new PreparedReport([notice], results, new TemplateScope(new Dictionary<string, Frame>(),
            new Dictionary<string, object?>(), new Dictionary<string, object?>(), numbering), true, "Built from x.", SnapshotDate);

        Assert.Same(notice, prepared.Of(a));
        // An equal spec that is another object was not prepared: blocks are found by reference.
        Assert.Throws<ArgumentException>(() => prepared.Of(a with { }));
        Assert.Equal([notice], prepared.Blocks);
        Assert.Same(results, prepared.Expectations);
        Assert.Equal((true, "Built from x.", SnapshotDate), (prepared.Synthetic, prepared.Provenance, prepared.SnapshotCreatedAt));
    }

    [Fact]
    public void Sections_are_read_each_before_its_subsections_and_blocks_in_that_order()
    {
        Paragraph P(string text) => new([new TextRun(text)]);
        DocSection S(string number, Paragraph block, params DocSection[] children) => new(number, number, "sec-" + number, number.Count(c => c == '.') + 1, [block], children);
        var document = new ReportDocument("r", TitleBlock.Of("T", null, [], [], [], [], null),
            [S("1", P("a"), S("1.1", P("b"), S("1.1.1", P("c"))), S("1.2", P("d"))), S("2", P("e"))], [], SnapshotDate);

        Assert.Equal(["1", "1.1", "1.1.1", "1.2", "2"], document.AllSections.Select(s => s.Number));
        Assert.Equal(["a", "b", "c", "d", "e"], document.AllBlocks.Select(Text));
    }
}
