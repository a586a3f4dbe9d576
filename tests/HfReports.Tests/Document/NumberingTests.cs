using HfReports.Engine.Document;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Text;

namespace HfReports.Tests.Document;

/// <summary>Numbers and cross-references come from the spec alone, in their own pass before any text or layout.</summary>
public sealed class NumberingTests
{
    private static SourceLocation At(int line) => new("paper.yaml", line, 5);

    private static DataSpec Data => new("select 1", null, new Dictionary<string, object?>(), new Dictionary<string, ColumnType>(), [], At(1), "data");

    private static FigureSpec Figure(string id, int line) => new(id, null, "caption", Data, [], 6, 4, At(line), $"figure[{id}]");

    private static TableSpec Table(string id, int line) => new(id, "caption", Data, [], null, At(line), $"table[{id}]");

    private static ReportSpec Report(IReadOnlyList<SectionSpec> sections, IReadOnlyList<ReferenceSpec>? references = null) =>
        new("paper", "Title", null, [], [], null, [], new Dictionary<string, object?>(), new Dictionary<string, DataSpec>(),
            sections, references ?? [], ".", At(1));

    private static ReportSpec Paper() => Report(
        [
            new SectionSpec("intro", "Introduction", [Figure("a", 10), Table("t1", 12)],
                [new SectionSpec("scope", "Scope", [Figure("b", 20)], [], At(18))], At(8)),
            new SectionSpec(null, "Results", [Table("t2", 30), Figure("c", 32)], [], At(28)),
        ],
        [new ReferenceSpec("vake2025", "Vake et al.", At(40))]);

    [Fact]
    public void Figures_and_tables_are_numbered_in_reading_order_across_sections()
    {
        var numbering = Numbering.Assign(Paper(), new DiagnosticBag());
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3 }, numbering.Figures);
        Assert.Equal(new Dictionary<string, int> { ["t1"] = 1, ["t2"] = 2 }, numbering.Tables);
    }

    [Theory]
    [InlineData("a", "Figure 1", "fig-a")]
    [InlineData("c", "Figure 3", "fig-c")]
    [InlineData("t2", "Table 2", "tab-t2")]
    [InlineData("intro", "Section 1", "sec-intro")]
    [InlineData("scope", "Section 1.1", "sec-scope")]
    [InlineData("vake2025", "[1]", "ref-vake2025")]
    public void Every_id_resolves_to_its_label_and_anchor(string id, string label, string anchor)
    {
        var numbering = Numbering.Assign(Paper(), new DiagnosticBag());
        Assert.True(numbering.TryResolve(id, out var actualLabel, out var actualAnchor));
        Assert.Equal((label, anchor), (actualLabel, actualAnchor));
    }

    /// <summary>The paper's shape: a section with several subsections (3.1-3.5) and a list of references.</summary>
    [Fact]
    public void Subsections_and_references_count_up_in_reading_order()
    {
        var report = Report(
            [
                new SectionSpec("one", "One", [], [], At(2)),
                new SectionSpec("two", "Two", [],
                    [
                        new SectionSpec("two-a", "A", [], [], At(4)),
                        new SectionSpec("two-b", "B", [], [new SectionSpec("two-b-i", "B.i", [], [], At(6)), new SectionSpec("two-b-ii", "B.ii", [], [], At(7))], At(5)),
                        new SectionSpec("two-c", "C", [], [], At(8)),
                    ], At(3)),
            ],
            [new ReferenceSpec("first", "F", At(20)), new ReferenceSpec("second", "S", At(21)), new ReferenceSpec("third", "T", At(22))]);
        var numbering = Numbering.Assign(report, new DiagnosticBag());

        string[] ids = ["one", "two", "two-a", "two-b", "two-b-i", "two-b-ii", "two-c", "first", "second", "third"];
        var labels = ids.Select(id => numbering.TryResolve(id, out var label, out var anchor) ? $"{label} #{anchor}" : "missing");
        Assert.Equal(
            [
                "Section 1 #sec-one", "Section 2 #sec-two", "Section 2.1 #sec-two-a", "Section 2.2 #sec-two-b", "Section 2.2.1 #sec-two-b-i",
                "Section 2.2.2 #sec-two-b-ii", "Section 2.3 #sec-two-c", "[1] #ref-first", "[2] #ref-second", "[3] #ref-third",
            ],
            labels);
    }

    [Fact]
    public void Anchors_derive_from_ids_so_inserting_a_figure_moves_numbers_but_not_anchors()
    {
        var before = Numbering.Assign(Paper(), new DiagnosticBag());
        var report = Paper();
        var first = report.Sections[0] with { Blocks = [Figure("inserted", 5), .. report.Sections[0].Blocks] };
        var after = Numbering.Assign(report with { Sections = [first, .. report.Sections.Skip(1)] }, new DiagnosticBag());
        before.TryResolve("c", out var labelBefore, out var anchorBefore);
        after.TryResolve("c", out var labelAfter, out var anchorAfter);
        Assert.Equal(("Figure 3", "Figure 4"), (labelBefore, labelAfter));
        Assert.Equal(anchorBefore, anchorAfter);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_at_its_second_use()
    {
        var diagnostics = new DiagnosticBag();
        Numbering.Assign(Report([new SectionSpec(null, "S", [Figure("x", 10), Table("x", 14)], [], At(8))]), diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("'x' is used twice", error.Message);
        Assert.Equal(14, error.Location!.Line);
    }

    [Fact]
    public void A_ref_in_prose_becomes_a_link_to_the_anchor()
    {
        var scope = new TemplateScope(new Dictionary<string, Frame>(), new Dictionary<string, object?>(), new Dictionary<string, object?>(),
            Numbering.Assign(Paper(), new DiagnosticBag()));
        var text = TemplateRenderer.Render("as {{ ref \"c\" }} shows", scope.Globals, At(50), "sections[0].blocks[0].text");
        Assert.Equal("as [Figure 3](#fig-c) shows", text);
        var paragraph = RichText.ParseParagraph(text);
        Assert.Contains(paragraph.Runs, run => run is { Text: "Figure 3", Link: "#fig-c" });
    }

    [Fact]
    public void A_ref_to_an_unknown_id_is_an_error_naming_the_id_and_its_place_in_the_spec()
    {
        var scope = new TemplateScope(new Dictionary<string, Frame>(), new Dictionary<string, object?>(), new Dictionary<string, object?>(),
            Numbering.Assign(Paper(), new DiagnosticBag()));
        var error = Assert.Throws<TemplateException>(() =>
            TemplateRenderer.Render("see {{ ref \"tabel-2\" }}", scope.Globals, At(50), "sections[0].blocks[0].text"));
        Assert.Contains("'tabel-2' is not the id of any section, figure, table or reference", error.Message);
        Assert.Contains("t2", error.Message);
        Assert.Equal("paper.yaml", error.Location.File);
        Assert.Equal(50, error.Location.Line);
        Assert.Equal("sections[0].blocks[0].text", error.KeyPath);
    }

    [Fact]
    public void A_checks_block_is_numbered_as_a_table_in_reading_order()
    {
        var report = Report([new SectionSpec(null, "S", [Table("t1", 10), new ChecksBlockSpec("checks", "caption", At(12), "checks"), Table("t3", 14)], [], At(8))]);
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        Assert.Equal(new Dictionary<string, int> { ["t1"] = 1, ["checks"] = 2, ["t3"] = 3 }, numbering.Tables);
        Assert.True(numbering.TryResolve("checks", out var label, out var anchor));
        Assert.Equal(("Table 2", "tab-checks"), (label, anchor));
    }

    [Fact]
    public void A_duplicate_id_in_the_same_file_names_the_first_line_and_suggests_renaming()
    {
        var diagnostics = new DiagnosticBag();
        Numbering.Assign(Report([new SectionSpec(null, "S", [Figure("x", 10), Table("x", 14)], [], At(8))]), diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(
            "the id 'x' is used twice, first at line 10; ids of sections, figures, tables and references must be unique",
            error.Message);
        Assert.Equal(("id", "rename one of them"), (error.KeyPath, error.Suggestion));
    }

    [Fact]
    public void A_duplicate_id_across_files_names_the_first_file_and_line()
    {
        var diagnostics = new DiagnosticBag();
        var elsewhere = new TableSpec("x", "caption", Data, [], null, new SourceLocation("figures/other.yaml", 3, 1), "table[x]");
        Numbering.Assign(Report([new SectionSpec(null, "S", [Figure("x", 10), elsewhere], [], At(8))]), diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(
            "the id 'x' is used twice, first in paper.yaml:10; ids of sections, figures, tables and references must be unique",
            error.Message);
        Assert.Equal("figures/other.yaml", error.Location!.File);
        Assert.Equal(("id", "rename one of them"), (error.KeyPath, error.Suggestion));
    }

    [Fact]
    public void Ids_whose_spec_had_errors_are_reported_unread()
    {
        var report = Paper() with { UnreadIds = new HashSet<string> { "b" } };
        var numbering = Numbering.Assign(report, new DiagnosticBag());
        Assert.True(numbering.IsUnread("b"));
        Assert.False(numbering.IsUnread("a"));
    }

    [Theory]
    [InlineData("1", "sec-1")]
    [InlineData("2.3.1", "sec-2-3-1")] // dots are not used in the anchors of sections without an id
    public void A_section_without_an_id_is_anchored_by_its_number(string number, string anchor) =>
        Assert.Equal(anchor, Numbering.SectionAnchor(number));
}
