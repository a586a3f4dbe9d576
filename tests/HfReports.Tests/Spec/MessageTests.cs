using HfReports.Tests.Support;

namespace HfReports.Tests.Spec;

/// <summary>Messages that point at the right place and suggest the right name: template lines in | blocks, no cascade
/// from a broken figure, "did you mean" for refs, includes, columns and transforms, both places of a duplicate id.</summary>
public sealed class MessageTests
{
    private static string Report(string blocks) => $"""
        report:
          id: r
          title: Messages
          sections:
            - title: One
              blocks:
        {blocks}
        """;

    private const string Figure = """
                - figure:
                    id: by-group
                    caption: Models per group.
                    data:
                      query: select arch_group, count(*) as n from models group by 1
                    chart: { type: column, x: arch_group, y: n }
        """;

    [Theory]
    [InlineData(0, 8)]
    [InlineData(2, 10)]
    public void A_template_error_in_a_block_scalar_points_at_its_line(int errorLine, int expectedLine)
    {
        // Line 7 holds "- text: |"; the template's first line is line 8.
        var lines = new[] { "Fine.", "Still fine.", "Also fine." };
        lines[errorLine] = "Broken {{ frames.nothing[0].n }} here.";
        var text = "        - text: |\n" + string.Join("\n", lines.Select(l => "            " + l));
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report(text) });
        var error = Assert.Single(workspace.Check().Diagnostics);
        Assert.Contains("template reads frame 'nothing', which the report does not define", error.Message);
        // Column 23: the 12 spaces of the block's indentation (which YAML strips) and "Broken {{ " come before it.
        Assert.Equal((expectedLine, 23), (error.Location!.Line, error.Location.Column));
    }

    [Fact]
    public void A_broken_figure_gives_its_own_error_and_no_cascaded_ref_error()
    {
        var broken = Figure.Replace("caption: Models per group.", "capton: Models per group.");
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report("        - text: 'See {{ ref \"by-group\" }}.'\n" + broken) });
        var errors = workspace.Load();
        var error = Assert.Single(errors);
        Assert.Contains("unknown key 'capton'", error.Message);
        var check = workspace.Check().Diagnostics;
        Assert.DoesNotContain(check, d => d.Message.Contains("not the id of any", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_ref_id_suggests_the_closest_id()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report("        - text: 'See {{ ref \"by-grop\" }}.'\n" + Figure) });
        var error = Assert.Single(workspace.Check().Diagnostics);
        Assert.Contains("'by-grop' is not the id of any section, figure, table or reference; did you mean 'by-group'?", error.Message);
    }

    [Fact]
    public void A_missing_include_suggests_the_closest_file_of_its_folder()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string>
        {
            ["report.yaml"] = Report("        - include: figures/by-grop.yaml"),
            ["figures/by-group.yaml"] = "figure:\n" + string.Join("\n", Figure.Split('\n').Skip(1).Select(l => l.Length > 10 ? l[10..] : l)),
            ["figures/other.yaml"] = "text: other",
        });
        var error = Assert.Single(workspace.Load());
        Assert.Contains("does not exist", error.Message);
        Assert.Equal("did you mean 'figures/by-group.yaml'?", error.Suggestion);
    }

    [Fact]
    public void A_misspelt_transform_suggests_median_and_a_misspelt_column_its_closest_column()
    {
        var misspelt = Figure.Replace("group by 1", "group by 1\n              transform:\n                - medain: { column: n }");
        using (var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report(misspelt) }))
            Assert.Equal("did you mean 'median'?", Assert.Single(workspace.Load()).Suggestion);
        var column = Figure.Replace("group by 1", "group by 1\n              transform:\n                - sort: { by: [arch_grop] }");
        using (var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report(column) }))
            Assert.Equal("did you mean 'arch_group'?", Assert.Single(workspace.Check().Diagnostics).Suggestion);
    }

    [Fact]
    public void A_duplicate_id_names_both_files()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string>
        {
            ["report.yaml"] = Report(Figure + "\n        - include: figures/again.yaml"),
            ["figures/again.yaml"] = "figure:\n" + string.Join("\n", Figure.Split('\n').Skip(1).Select(l => l.Length > 10 ? l[10..] : l)),
        });
        var error = Assert.Single(workspace.Check().Diagnostics, d => d.Message.Contains("used twice", StringComparison.Ordinal));
        Assert.Equal("figures/again.yaml", error.Location!.File);
        Assert.Contains("first in report.yaml:8", error.Message);
    }
}
