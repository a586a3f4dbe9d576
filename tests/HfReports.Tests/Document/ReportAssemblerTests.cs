using HfReports.Engine.Build;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Text;
using HfReports.Tests.Support;

namespace HfReports.Tests.Document;

/// <summary>
/// The document's assembly is a function of the spec, its numbering and a prepared report: here the prepared report
/// is made by hand (no snapshot, no query, no chart library), and every number, anchor, notice and diagnostic of the
/// document is checked against what was handed in.
/// </summary>
public sealed class ReportAssemblerTests
{
    private const string Spec = """
        report:
          id: r
          title: Hand-made
          subtitle: No database
          keywords: [assembly, tests]
          sections:
            - title: Results
              blocks:
                - text: 'See {{ ref "counts" }}, {{ ref "missing" }} and {{ ref "broken" }}.'
                - figure:
                    id: counts
                    caption: "{{ data.size }} rows of counts."
                    data: { query: "select 1 as n" }
                    chart: { type: column, x: { field: n, type: category }, y: n }
                - table:
                    id: missing
                    caption: Commits per repository.
                    data: { query: "select 1 as n" }
                    columns: [n]
                    requires: { tables: [repo_commits], reason: needs the commits }
                - table:
                    id: broken
                    caption: Never shown.
                    data: { query: "select 1 as n" }
                    columns: [n]
              sections:
                - title: Checks
                  id: checks-section
                  blocks:
                    - checks: { id: checks, caption: What holds. }
        """;

    private static SourceLocation At(int line) => new("report.yaml", line, 1);

    private static ReportSpec Load()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Spec });
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(workspace.ManifestPath, diagnostics, EngineVocabulary.Manifest)!;
        var report = ReportLoader.Load(manifest.Reports[0], manifest.BaseFolder, diagnostics, EngineVocabulary.Spec);
        Assert.Empty(diagnostics.Items);
        return report!;
    }

    [Fact]
    public void A_hand_made_prepared_report_becomes_a_numbered_document_with_its_diagnostics_in_order()
    {
        var report = Load();
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var blocks = SpecWalk.Blocks(report).ToArray();
        var (counts, missing, broken) = ((FigureSpec)blocks[1], (TableSpec)blocks[2], (TableSpec)blocks[3]);
        var figure = new DrawnFigure(400, 240, "<svg/>", (_, _) => { });
        var frame = Frames.Of(Frames.Integer("n", 1, 2, 3));
        Diagnostic dataWarning = new(Severity.Warning, "from the data", At(1)), drawingWarning = new(Severity.Warning, "from the drawing", At(2)),
            failure = new(Severity.Error, "the query failed", At(3));
        var prepared = new PreparedReport(
            [
                new PreparedBlock.Built(counts, frame, figure, null, "n\n1\n"u8.ToArray(), [dataWarning], [drawingWarning]),
                new PreparedBlock.Notice(missing, missing.Requires!, ["repo_commits"], []),
                new PreparedBlock.Failed(broken, "its data could not be computed", [failure]),
            ],
            [new ExpectationResult("models", ">= 3", "4", true, At(4), "report.frames.m.expect[0]")],
            new TemplateScope(new Dictionary<string, Frame>(), new Dictionary<string, object?>(), new Dictionary<string, object?>(), numbering),
            synthetic: false, provenance: "Built from a hand-made report.", snapshotCreatedAt: new DateTime(2024, 6, 15));
        var diagnostics = new DiagnosticBag();

        var document = ReportAssembler.Assemble(report, numbering, prepared, diagnostics);

        Assert.Equal(["from the data", "from the drawing", "the query failed"], diagnostics.Items.Select(d => d.Message));
        Assert.Equal("Built from a hand-made report.", document.Title.Provenance);
        Assert.Equal("assembly; tests", document.Title.Keywords);
        Assert.Equal(new DateTime(2024, 6, 15), document.CreatedAt);
        var results = Assert.Single(document.Sections);
        Assert.Equal(("1", "sec-1", 1), (results.Number, results.Anchor, results.Level));
        var text = Assert.IsType<Paragraph>(results.Blocks[0]);
        Assert.Equal("See Figure 1, Table 1 and Table 2.", string.Concat(text.Runs.Select(r => r.Text)));
        var shown = Assert.IsType<FigureBlock>(results.Blocks[1]);
        Assert.Equal((1, "fig-counts", "3 rows of counts."), (shown.Number, shown.Anchor, string.Concat(shown.Caption.Runs.Select(r => r.Text))));
        Assert.Same(figure, shown.Graphic);
        var notice = Assert.IsType<MissingItemsBlock>(results.Blocks[2]).Items.Single();
        Assert.Equal(("Table 1", "tab-missing", "needs the commits"), (notice.Label, notice.Anchor, string.Concat(notice.Why.Runs.Select(r => r.Text))));
        var failed = Assert.IsType<NoticeBlock>(results.Blocks[3]);
        Assert.Equal(("Table 2 ('broken') was not built", "tab-broken"), (failed.Title, failed.Anchor));
        var checks = Assert.Single(results.Sections);
        Assert.Equal(("1.1", "sec-checks-section", 2), (checks.Number, checks.Anchor, checks.Level));
        Assert.Equal("No published number applies to this snapshot; 1 of 1 snapshot checks hold on this snapshot.",
            string.Concat(Assert.IsType<Paragraph>(checks.Blocks[0]).Runs.Select(r => r.Text)));
        Assert.Equal(3, Assert.IsType<TableBlock>(checks.Blocks[1]).Number);
        Assert.Equal("Not shown from this snapshot: Table 1 (needs the commits).",
            string.Concat(Assert.IsType<Paragraph>(checks.Blocks[2]).Runs.Select(r => r.Text)));
    }

    [Fact]
    public void A_block_whose_drawing_failed_still_tells_its_caption_s_problems_between_the_data_s_and_the_drawing_s()
    {
        var report = Load();
        var counts = SpecWalk.Blocks(report).OfType<FigureSpec>().Single();
        var others = SpecWalk.Blocks(report).OfType<TableSpec>().Select(t => (PreparedBlock)new PreparedBlock.Failed(t, "not needed here", []));
        // A caption reading a column the frame lacks is a warning of its own, told between the data's and the drawing's.
        var spec = counts with { Caption = "{{ data[0].missing_column }}" };
        report = report with { Sections = [report.Sections[0] with { Blocks = [report.Sections[0].Blocks[0], spec, .. report.Sections[0].Blocks.Skip(2)] }] };
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        var prepared = new PreparedReport(
            [new PreparedBlock.Failed(spec, "cannot be drawn", [new Diagnostic(Severity.Warning, "data", At(1))], Frames.Of(Frames.Integer("n", 1)),
                [new Diagnostic(Severity.Error, "drawing", At(2))]), .. others],
            [], new TemplateScope(new Dictionary<string, Frame>(), new Dictionary<string, object?>(), new Dictionary<string, object?>(), numbering),
            synthetic: true, provenance: null, snapshotCreatedAt: new DateTime(2024, 1, 1));
        var diagnostics = new DiagnosticBag();

        var document = ReportAssembler.Assemble(report, numbering, prepared, diagnostics);

        var messages = diagnostics.Items.Select(d => d.Message).ToArray();
        Assert.Equal("data", messages[0]);
        Assert.Contains("missing_column", messages[1]);
        Assert.Equal("drawing", messages[2]);
        Assert.Equal(ReportAssembler.SyntheticNotice, document.Title.Notice);
        Assert.Equal("Figure 1 ('counts') was not built", Assert.IsType<NoticeBlock>(document.Sections[0].Blocks[1]).Title);
    }
}
