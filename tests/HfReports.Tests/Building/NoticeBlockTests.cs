using HfReports.Tests.Publishing;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>
/// A block whose required table is empty becomes a notice: nothing of it is computed or drawn, and it is not
/// counted as rebuilt (before, a histogram over the empty table failed to draw in preparation on every build).
/// </summary>
public sealed class NoticeBlockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_notice_block_is_neither_computed_nor_counted_and_a_rebuild_reuses_everything()
    {
        var snapshot = PublishingSnapshots.Base(_folder); // an import: the Hub tables exist and are empty
        var manifest = TinyReport.Write(_folder, snapshot);
        _folder.Write("tiny.yaml", File.ReadAllText(_folder.File("tiny.yaml")).Replace("""
                    - table:
                        id: models
            """, """
                    - figure:
                        id: authors
                        caption: Repositories per author.
                        requires: { tables: [commit_authors], reason: "Commit authors come from Hub enrichment" }
                        data:
                          query: select author, count(*) as repos from commit_authors group by author
                        chart:
                          type: histogram
                          x: { field: repos, title: Repositories }
                    - table:
                        id: models
            """));

        var cold = CliRunner.Run("build", manifest, "--verbose");
        var warm = CliRunner.Run("build", manifest, "--verbose");

        Assert.True(cold.ExitCode == 0, cold.Error + cold.Output);
        Assert.Contains("cache: 0 reused, 2 rebuilt (frame all, table models)", cold.Output + cold.Error);
        Assert.Contains("cache: all 2 frames, figures and tables reused", warm.Output + warm.Error);
        var html = File.ReadAllText(_folder.File("out/tiny.html"));
        Assert.Contains("<p id=\"fig-authors\"><strong>Figure 1</strong> — Repositories per author — <em>Commit authors come from Hub enrichment</em></p>", html);
    }

    public void Dispose() => _folder.Dispose();
}
