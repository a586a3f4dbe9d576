using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Spec;

/// <summary>A data block's `timeout` (seconds, or a number with ms, s, m or min; above 0 and at most an hour) and
/// `max_rows` (1 to 50,000,000), read from a spec.</summary>
public sealed class QueryLimitsTests
{
    private static (DataSpec? Frame, IReadOnlyList<Diagnostic> Diagnostics) Read(string limits)
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string>
        {
            ["report.yaml"] = $$"""
                report:
                  id: r
                  title: T
                  frames:
                    f: { query: select 1 as n, {{limits}} }
                  sections: []
                """,
        });
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(workspace.ManifestPath, diagnostics, EngineVocabulary.Manifest)!;
        var report = ReportLoader.Load(manifest.Reports[0], manifest.BaseFolder, diagnostics, EngineVocabulary.Spec);
        return (report?.Frames.GetValueOrDefault("f"), diagnostics.Items);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("60", 60_000)]
    [InlineData("1.5 s", 1_500)]
    [InlineData("2m", 120_000)]
    [InlineData("2min", 120_000)]
    [InlineData("60m", 3_600_000)]
    public void A_timeout_is_read_in_its_unit(string timeout, int milliseconds)
    {
        var (frame, diagnostics) = Read($"timeout: {timeout}");
        Assert.Empty(diagnostics);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), frame!.Timeout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("61m")]
    [InlineData("-1")]
    [InlineData("1h")]
    [InlineData("fast")]
    public void A_timeout_of_zero_or_over_an_hour_or_not_a_duration_is_refused(string timeout)
    {
        var error = Assert.Single(Read($"timeout: {timeout}").Diagnostics);
        Assert.Equal($"'timeout' must be a duration above 0 and at most 1 hour, found '{timeout}'", error.Message);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("50_000_000", 50_000_000)]
    public void Max_rows_is_a_whole_number_up_to_fifty_million(string rows, int expected)
    {
        var (frame, diagnostics) = Read($"max_rows: {rows}");
        Assert.Empty(diagnostics);
        Assert.Equal(expected, frame!.MaxRows);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("50_000_001")]
    [InlineData("1.5")]
    public void Max_rows_outside_its_range_is_refused(string rows) =>
        Assert.Equal($"'max_rows' must be a whole number from 1 to 50,000,000, found '{rows}'", Assert.Single(Read($"max_rows: {rows}").Diagnostics).Message);
}
