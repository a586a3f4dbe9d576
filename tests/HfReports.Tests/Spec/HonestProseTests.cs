using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;
using Xunit;

namespace HfReports.Tests.Spec;

/// <summary>
/// What keeps a report from printing a false sentence: published numbers told from snapshot checks, relative
/// tolerances that fail for small categories, typed date parameters, comparative words from the numbers, and a
/// misspelt frame column that is an error with the nearest name instead of an empty string. The tiny snapshot's six
/// models (three Mistral, two LLama, one Phi) are the oracle.
/// </summary>
public sealed class HonestProseTests
{
    private static string Report(string frames = "", string text = "ok", string parameters = "") => $$"""
        report:
          id: r
          title: T
          parameters:
            since: 2024-01-01
        {{parameters}}
          frames:
            groups:
              query: select arch_group, count(*) as models from models group by arch_group order by arch_group
        {{frames}}
          sections:
            - title: S
              blocks:
                - text: |
                    {{text}}
        """;

    private static CheckResult Check(string report, BuildOptions? options = null)
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = report });
        return workspace.Check(options);
    }

    [Fact]
    public void A_relative_tolerance_fails_for_a_small_category_where_an_absolute_one_would_hold()
    {
        // Phi has 1 model: "10%" of 2 is 0.2, so 1 differs; an absolute tolerance of 1.5 would have let it hold.
        var result = Check(Report(frames: """
                  expect:
                    - value: { column: models, where: { arch_group: Phi }, equals: 2, tolerance: "10%", published: Table 5, label: "Phi models" }
                    - value: { column: models, where: { arch_group: Phi }, equals: 2, tolerance: 1.5, label: "Phi models, absolute" }
            """));
        var relative = Assert.Single(result.Expectations, e => e.Description == "Phi models");
        Assert.False(relative.Passed);
        Assert.Equal("2 ± 10%", relative.Expected);
        Assert.Equal("Table 5", relative.Published);
        var absolute = Assert.Single(result.Expectations, e => e.Description == "Phi models, absolute");
        Assert.True(absolute.Passed);
        Assert.Null(absolute.Published);
    }

    [Fact]
    public void A_date_parameter_refuses_a_word_and_names_the_type()
    {
        var result = Check(Report(), new BuildOptions(new Dictionary<string, object?> { ["since"] = "yesterday" }));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error
            && d.Message == "--param 'since': 'yesterday' is not a date (YYYY-MM-DD) like the default (2024-01-01)");
        var fine = Check(Report(), new BuildOptions(new Dictionary<string, object?> { ["since"] = "2024-01-09" }));
        Assert.DoesNotContain(fine.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_declared_date_parameter_with_a_null_default_is_still_typed()
    {
        var report = Report(parameters: """
                until: { default: null, type: date, restricts: "nothing here" }
            """);
        var result = Check(report, new BuildOptions(new Dictionary<string, object?> { ["until"] = "soon" }));
        Assert.Contains(result.Diagnostics, d => d.Message == "--param 'until': 'soon' is not a date (YYYY-MM-DD), the declared type of 'until'");
    }

    [Fact]
    public void Check_reports_a_misspelt_frame_column_in_a_branch_that_does_not_run_with_the_nearest_name()
    {
        var result = Check(Report(text: "{{ if false }}Most are {{ frames.groups[0].model }}.{{ end }}"));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("template reads column 'model' of frame 'groups', which has: arch_group, models", error.Message);
        Assert.Equal("did you mean 'models'?", error.Suggestion);
        Assert.Equal("report.yaml", Path.GetFileName(error.Location!.File));
    }

    [Fact]
    public void A_missing_column_renders_a_visible_placeholder_and_is_an_error_under_strict()
    {
        var report = Report(text: "Most are {{ frames.groups[0]['share_le2'] }} of all.");
        var relaxed = Check(report);
        Assert.Contains(relaxed.Diagnostics, d => d.Message.StartsWith("template reads column 'share_le2'", StringComparison.Ordinal));
        var strict = Check(report, new BuildOptions(new Dictionary<string, object?>(), Strict: true));
        Assert.Contains(strict.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'share_le2'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.0126, 0.0465, "rises")]
    [InlineData(0.0284, 0.0177, "falls")]
    [InlineData(3, 3, "stays level")]
    public void Trend_words_follow_the_numbers(double first, double last, string word) =>
        Assert.Equal(word, HfReports.Engine.Text.Comparatives.Trend(first, last));

    [Fact]
    public void Compare_picks_the_word_from_the_order_of_the_numbers()
    {
        Assert.Equal("more than", HfReports.Engine.Text.Comparatives.Compare(5L, 3.0, "more than", "fewer than", "as many as"));
        Assert.Equal("fewer than", HfReports.Engine.Text.Comparatives.Compare(2, 3, "more than", "fewer than", "as many as"));
        Assert.Throws<ArgumentException>(() => HfReports.Engine.Text.Comparatives.Compare(null, 3, "a", "b", "c"));
    }
}
