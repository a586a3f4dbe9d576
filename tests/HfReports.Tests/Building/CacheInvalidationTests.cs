using HfReports.Tests.Import;
using HfReports.Tests.Publishing;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>
/// Rebuilds into the same output folder, with the build cache, after changing what a frame is computed from: a
/// parameter value, then the snapshot. Each build must show the count worked out by hand from the snapshot's rows,
/// never the one a previous build cached.
/// </summary>
public sealed class CacheInvalidationTests
{
    private const string Report = """
        report:
          id: stale
          title: Cache invalidation
          parameters:
            min_avg: 50
          frames:
            counts: { query: "select count(*) as n from models where average >= :min_avg" }
          sections:
            - title: Only
              blocks:
                - text: "{{ frames.counts[0].n }} models qualify."
        """;

    [Fact]
    public void A_rebuild_after_a_new_parameter_value_or_snapshot_shows_the_new_numbers()
    {
        using var folder = new TempFolder();
        var snapshot = PublishingSnapshots.Base(folder); // averages 60.5, 55.1, 70.2, 40
        folder.Write("report.yaml", Report);
        var manifest = folder.Write("reports.yaml", $"snapshot: {Path.GetFileName(snapshot)}\noutput: out\nreports: [report.yaml]\n");

        Assert.Equal("3 models qualify.", Build(folder, manifest));                          // 60.5, 55.1, 70.2
        Assert.Equal("2 models qualify.", Build(folder, manifest, "--param", "min_avg=60")); // 60.5, 70.2

        // A newer export in the same snapshot file: the current import now also has echo/five at 65.
        PublishingSnapshots.Import(folder, Path.GetFileName(snapshot), "small_2024-08-01.csv",
            [.. PublishingSnapshots.BaseRows, SmallExports.V1Row("echo/five", average: "65", date: "2024-07-15T12:00:00Z")]);
        Assert.Equal("3 models qualify.", Build(folder, manifest, "--param", "min_avg=60")); // 60.5, 70.2, 65
        Assert.Equal("4 models qualify.", Build(folder, manifest));                          // 60.5, 55.1, 70.2, 65
    }

    /// <summary>Builds with the cache into the workspace's out/ and returns the sentence the HTML shows.</summary>
    private static string Build(TempFolder folder, string manifest, params string[] more)
    {
        var result = CliRunner.Run(["build", manifest, "--quiet", .. more]);
        Assert.True(result.ExitCode == 0, result.Error);
        var html = File.ReadAllText(folder.File(Path.Combine("out", "stale.html")));
        var match = System.Text.RegularExpressions.Regex.Match(html, @"\d+ models qualify\.");
        Assert.True(match.Success, "no count in the HTML");
        return match.Value;
    }
}
