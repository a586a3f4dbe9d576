using Dapper;

namespace HfReports.Tests.Demo;

/// <summary>
/// What data/clean.sql derives for schema versions 2 and 3 (the `models` columns from name_rank on, `human_authors`,
/// `models_source`), checked against the same facts recomputed here in C# from the base tables (the bot rule (C8),
/// ordinal name order, the entry and commit summary each model came from) or counted by hand.
/// </summary>
public sealed class DerivedTablesTests(DemoSnapshotFixture demo) : IClassFixture<DemoSnapshotFixture>
{
    [Fact]
    public void Human_authors_hold_each_human_author_with_their_repositories_and_oldest_first_commit()
    {
        using var db = demo.Open();
        var bots = db.Query<string>("SELECT author FROM bot_accounts").ToHashSet(StringComparer.Ordinal);
        var firstCommits = db.Query<(string Repo, string? First)>("SELECT fullname, first_commit FROM repo_commits").ToDictionary(r => r.Repo, r => r.First, StringComparer.Ordinal);
        var expected = db.Query<(string Repo, string Author)>("SELECT repo, author FROM commit_authors")
            .Where(p => !bots.Contains(p.Author) && !p.Author.ToLowerInvariant().EndsWith("bot", StringComparison.Ordinal))
            .GroupBy(p => p.Author, StringComparer.Ordinal)
            .Select(g => (Author: g.Key, Repos: (long)g.Count(),
                          First: g.Select(p => firstCommits.GetValueOrDefault(p.Repo)).Where(f => f is not null).DefaultIfEmpty(null).Min(StringComparer.Ordinal)))
            .OrderBy(a => a.Author, StringComparer.Ordinal)
            .ToList();
        var actual = db.Query<(string Author, long Repos, string? First)>("SELECT author, num_of_repos, first_commit FROM human_authors ORDER BY author COLLATE BINARY").ToList();

        Assert.True(expected.Count > 100, $"the demo has {expected.Count} human commit authors");
        Assert.Contains(expected, a => a.Repos > 1);
        // The bot rule matters on this data: some pairs are bots', listed and by suffix.
        Assert.True(db.ExecuteScalar<long>("SELECT count(*) FROM commit_authors WHERE author IN (SELECT author FROM bot_accounts) OR lower(author) LIKE '%bot'") > 0);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Models_carry_their_rank_by_name_their_entry_base_model_and_commit_author_count()
    {
        using var db = demo.Open();
        var models = db.Query<(string Name, long Rank, string? Base, long? Authors, long Entry)>(
            "SELECT fullname, name_rank, base_model, num_of_authors, entry_id FROM models").ToList();
        var rankOf = models.ToDictionary(m => m.Name, m => m.Rank, StringComparer.Ordinal);
        var ordinal = models.Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, models.Count).Select(i => (long)i), ordinal.Select(n => rankOf[n]));

        var bases = db.Query<(long Entry, string? Base)>("SELECT entry_id, base_model FROM leaderboard_entries").ToDictionary(e => e.Entry, e => e.Base);
        Assert.All(models, m => Assert.Equal(bases[m.Entry], m.Base));

        var authors = db.Query<(string Repo, long Authors)>("SELECT fullname, num_of_authors FROM repo_commits").ToDictionary(r => r.Repo, r => (long?)r.Authors, StringComparer.Ordinal);
        Assert.All(models, m => Assert.Equal(authors.GetValueOrDefault(m.Name), m.Authors));
        Assert.Contains(models, m => m.Authors is null);
        Assert.Contains(models, m => m.Authors > 1);
    }

    [Fact]
    public void Models_source_counts_the_entries_repositories_and_owners_of_the_import_cleaned()
    {
        using var db = demo.Open();
        var entries = db.Query<string>("SELECT fullname FROM leaderboard_entries").ToList();
        var owners = db.Query<string>("SELECT fullname FROM models").Select(n => n.Split('/')[0]).Distinct(StringComparer.Ordinal).Count();
        Assert.True(entries.Count > entries.Distinct(StringComparer.Ordinal).Count(), "the demo has repositories evaluated more than once");
        Assert.Equal((1L, (long)entries.Count, (long)entries.Distinct(StringComparer.Ordinal).Count(), (long)owners),
            db.QuerySingle<(long, long, long, long)>("SELECT import_id, entries, distinct_models, owners FROM models_source"));
    }

    /// <summary>Two imports: the counts are the newest's, or those of the import a dated build selects (counted by hand:
    /// July has five entries of four repositories, one of them flagged, so three models of two owners).</summary>
    [Fact]
    public void Models_source_follows_the_import_selected()
    {
        using var folder = new Support.TempFolder();
        var july = folder.Write("small_2024-07-01.csv", Import.SmallExports.V1(
            Import.SmallExports.V1Row("a/one"), Import.SmallExports.V1Row("a/one", average: "70"), Import.SmallExports.V1Row("a/two"),
            Import.SmallExports.V1Row("b/three"), Import.SmallExports.V1Row("c/flagged", flagged: "FALSE")));
        var august = folder.Write("small_2024-08-01.csv", Import.SmallExports.V1(Import.SmallExports.V1Row("x/one"), Import.SmallExports.V1Row("y/two")));
        var path = folder.File("two.db");
        foreach (var file in new[] { july, august })
            Assert.Equal(0, Support.CliRunner.Run("snapshot", "import", file, "--out", path, "--quiet").ExitCode);

        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        db.Open();
        const string Source = "SELECT i.as_of, s.entries, s.distinct_models, s.owners FROM models_source s JOIN imports i ON i.import_id = s.import_id";
        Assert.Equal(("2024-08-01", 2L, 2L, 2L), db.QuerySingle<(string, long, long, long)>(Source));

        db.Execute("INSERT INTO snapshot_meta (key, value) SELECT 'selected_import', import_id FROM imports WHERE as_of = '2024-07-01'");
        db.Execute(Ingest.Snapshot.SnapshotSchema.CleanScript);
        Assert.Equal(("2024-07-01", 5L, 4L, 2L), db.QuerySingle<(string, long, long, long)>(Source));
        Assert.Equal(3L, db.ExecuteScalar<long>("SELECT count(*) FROM models"));
    }

    /// <summary>Figure 7's SQLite query with a sample (every 6th model by name at 1,000 points of the demo's ~6,900):
    /// the rows of every k-th model in name order, picked here from all the models.</summary>
    [Fact]
    public void Figure_7_samples_every_kth_model_by_name()
    {
        using var db = demo.Open();
        var all = db.Query<(string Name, string? Type, string? Created, double? Average, string Short)>(
            "SELECT fullname, model_type, created_at, average, type_short FROM models").OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var step = all.Count / 1000;
        Assert.Equal(6, step);
        var expected = all.Where((m, i) => (i + 1) % step == 0)
            .Where(m => m.Type is not null && m.Created is not null && m.Average is not null)
            .OrderBy(m => m.Created, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (m.Created!, m.Average!.Value, m.Short, (long)step)).ToList();

        var sql = File.ReadAllText(Path.Combine(Support.RepositoryRoot.Path, "reports", "paper", "sql", "types-scatter.sql"));
        var actual = db.Query<(string, double, string, long)>(sql, new { max_points = 1000, since = (string?)null, until = (string?)null }).ToList();

        Assert.True(expected.Count > 900, $"{expected.Count} sampled points");
        Assert.Equal(expected, actual);
    }
}
