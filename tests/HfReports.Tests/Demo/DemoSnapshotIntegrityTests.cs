using Dapper;

namespace HfReports.Tests.Demo;

/// <summary>Every key and link of the demo snapshot resolves, and derived tables agree with their sources.</summary>
public sealed class DemoSnapshotIntegrityTests(DemoSnapshotFixture demo) : IClassFixture<DemoSnapshotFixture>
{
    [Fact]
    public void ForeignKeyCheck_FindsNoViolations()
    {
        using var db = demo.Open();
        Assert.Empty(db.Query("PRAGMA foreign_key_check"));
        Assert.Equal("ok", db.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Theory]
    [InlineData("SELECT COUNT(*) FROM models m LEFT JOIN leaderboard_entries e ON e.entry_id = m.entry_id WHERE e.entry_id IS NULL OR e.fullname <> m.fullname")]
    [InlineData("SELECT COUNT(*) FROM repo_details d WHERE d.fullname NOT IN (SELECT fullname FROM leaderboard_entries)")]
    [InlineData("SELECT COUNT(*) FROM (SELECT DISTINCT fullname FROM leaderboard_entries) e WHERE e.fullname NOT IN (SELECT fullname FROM repo_details)")]
    [InlineData("SELECT COUNT(*) FROM repo_tags t WHERE t.fullname NOT IN (SELECT fullname FROM repo_details WHERE status = 'ok')")]
    [InlineData("SELECT COUNT(*) FROM repo_commits c WHERE c.fullname NOT IN (SELECT fullname FROM repo_details WHERE status = 'ok')")]
    [InlineData("SELECT COUNT(*) FROM commits c WHERE c.fullname NOT IN (SELECT fullname FROM repo_commits)")]
    [InlineData("SELECT COUNT(*) FROM commit_authors a WHERE a.repo NOT IN (SELECT fullname FROM repo_commits)")]
    [InlineData("SELECT COUNT(*) FROM repo_commits c WHERE c.fullname NOT IN (SELECT repo FROM commit_authors)")]
    [InlineData("SELECT COUNT(*) FROM base_model_links l WHERE l.model NOT IN (SELECT fullname FROM repo_details WHERE status = 'ok')")]
    [InlineData("SELECT COUNT(*) FROM base_model_links l WHERE l.base_model NOT IN (SELECT fullname FROM leaderboard_entries)")]
    [InlineData("SELECT COUNT(*) FROM base_model_links l WHERE l.base_model = l.model")]
    [InlineData("SELECT COUNT(*) FROM dataset_links l WHERE l.model NOT IN (SELECT fullname FROM repo_details WHERE status = 'ok')")]
    [InlineData("SELECT COUNT(*) FROM hub_responses h WHERE substr(h.url, 35) NOT IN (SELECT fullname FROM repo_details)")]
    [InlineData("SELECT COUNT(*) FROM created_at_overrides o WHERE o.fullname LIKE 'demo-%' AND o.fullname NOT IN (SELECT fullname FROM models)")]
    public void Link_Resolves(string countOfBrokenRows)
    {
        using var db = demo.Open();
        Assert.Equal(0, db.ExecuteScalar<int>(countOfBrokenRows));
    }

    [Fact]
    public void Tags_AgreeWithLinksAndLicence()
    {
        using var db = demo.Open();
        // Every tag-sourced link has its 'base_model:' / 'dataset:' tag, and every such tag has a link.
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM base_model_links l WHERE l.source = 'tag'
              AND NOT EXISTS (SELECT 1 FROM repo_tags t WHERE t.fullname = l.model AND t.tag = 'base_model:' || l.base_model)
            """));
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM repo_tags t WHERE t.tag LIKE 'base_model:%'
              AND NOT EXISTS (SELECT 1 FROM base_model_links l WHERE l.model = t.fullname AND l.source = 'tag'
                              AND (t.tag = 'base_model:' || l.base_model OR t.tag = 'base_model:' || l.relation || ':' || l.base_model))
            """));
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM repo_tags t WHERE t.tag LIKE 'dataset:%'
              AND NOT EXISTS (SELECT 1 FROM dataset_links l WHERE l.model = t.fullname AND l.source = 'tag' AND t.tag = 'dataset:' || l.dataset)
            """));
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM repo_details d WHERE d.status = 'ok' AND d.license IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM repo_tags t WHERE t.fullname = d.fullname AND t.tag = 'license:' || d.license)
            """));
        Assert.True(db.ExecuteScalar<int>("SELECT COUNT(*) FROM repo_tags WHERE tag LIKE 'base_model:merge:%'") > 0);
        Assert.True(db.ExecuteScalar<int>("SELECT COUNT(*) FROM repo_tags WHERE tag LIKE 'base_model:finetune:%'") > 0);
        Assert.Equal(["adapter", "finetune", "merge", "quantized"],
            db.Query<string>("SELECT DISTINCT relation FROM base_model_links WHERE relation IS NOT NULL ORDER BY 1"));
    }

    [Fact]
    public void RepoCommits_SummariseCommitsAndHumanAuthors()
    {
        using var db = demo.Open();
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM repo_commits r
            WHERE r.num_of_commits <> (SELECT COUNT(*) FROM commits c WHERE c.fullname = r.fullname)
               OR r.first_commit <> (SELECT MIN(committed_at) FROM commits c WHERE c.fullname = r.fullname)
               OR r.last_commit <> (SELECT MAX(committed_at) FROM commits c WHERE c.fullname = r.fullname)
               OR r.num_of_authors <> (SELECT COUNT(*) FROM human_commit_authors h WHERE h.repo = r.fullname)
            """));
        // Commits fall between repository creation and the fetch.
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM commits c JOIN repo_details d ON d.fullname = c.fullname
            WHERE c.committed_at < d.created_at OR c.committed_at > d.fetched_at
            """));
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM repo_commits WHERE num_of_commits NOT BETWEEN 1 AND 40"));
    }

    [Fact]
    public void BotAccounts_CoverTheNonHumanCommitters()
    {
        using var db = demo.Open();
        var bots = db.Query<(string Author, string Reason)>("SELECT author, reason FROM bot_accounts").ToDictionary(b => b.Author, b => b.Reason);
        Assert.Equal("service", bots["system"]);
        Assert.Equal("service", bots["leaderboard-pr-bot"]);
        Assert.All(bots.Where(b => b.Key.EndsWith("bot", StringComparison.OrdinalIgnoreCase) && b.Key != "leaderboard-pr-bot"),
            b => Assert.Equal("suffix", b.Value));
        Assert.Contains("Uploader-Bot", bots.Keys);
        // Bots really commit, and no human name looks like a bot.
        Assert.True(db.ExecuteScalar<int>("SELECT COUNT(*) FROM commit_authors WHERE author IN (SELECT author FROM bot_accounts)") > 0);
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM human_commit_authors WHERE lower(author) LIKE '%bot' OR author = 'system'"));
    }

    [Fact]
    public void Averages_AreTheMeanOfTheSixBenchmarks()
    {
        using var db = demo.Open();
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM leaderboard_entries
            WHERE abs(average - (arc + hellaswag + mmlu + truthfulqa + winogrande + gsm8k) / 6.0) > 0.006
               OR average NOT BETWEEN 20 AND 90
               OR min(arc, hellaswag, mmlu, truthfulqa, winogrande, gsm8k) < 0
               OR max(arc, hellaswag, mmlu, truthfulqa, winogrande, gsm8k) > 100
            """));
    }

    [Fact]
    public void Times_FollowTheV1Calendar()
    {
        using var db = demo.Open();
        var (first, last, blank) = db.QuerySingle<(string, string, int)>(
            "SELECT MIN(submitted_at), MAX(submitted_at), SUM(submitted_at IS NULL) FROM leaderboard_entries");
        Assert.True(string.CompareOrdinal(first, "2023-07-19") >= 0, first);
        Assert.True(string.CompareOrdinal(last, "2024-06-16") < 0, last);
        Assert.InRange(blank, 1, 100);
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE submitted_at < created_at"));
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE created_at NOT LIKE '____-__-__T__:__:__Z'"));
    }
}
