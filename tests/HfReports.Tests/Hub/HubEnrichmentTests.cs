using System.Text.Json.Nodes;
using Dapper;
using HfReports.FakeHub;
using HfReports.Ingest.Hub;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hub;

/// <summary>Enrichment against the fake Hub on loopback: what lands in the snapshot tables.</summary>
public sealed class HubEnrichmentTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FetchesDetailsLinksAndEveryCommitPage()
    {
        var (server, catalog) = await HubTestKit.StartAsync(pageSize: 2);
        await using var _ = server;
        const string id = "org/tuned-7b";
        var commits = new JsonNode[]
        {
            HubShapes.Commit("c5", "2024-03-05T00:00:00.000Z", "five", "alice"),
            HubShapes.Commit("c4", "2024-03-04T00:00:00.000Z", "four", "SFconvertbot"),
            HubShapes.Commit("c3", "2024-03-03T00:00:00.000Z", "three", "bob", "alice"),
            HubShapes.Commit("c2", "2024-03-02T00:00:00.000Z", "two", "leaderboard-pr-bot"),
            HubShapes.Commit("c1", "2024-03-01T12:00:00.000Z", "initial commit", "system"),
        };
        string[] tags = ["transformers", "base_model:mistralai/Mistral-7B-v0.1", "base_model:finetune:mistralai/Mistral-7B-v0.1", "dataset:tatsu-lab/alpaca", "license:apache-2.0", "en"];
        var card = new JsonObject { ["license"] = "apache-2.0", ["base_model"] = "mistralai/Mistral-7B-v0.1", ["datasets"] = new JsonArray("tatsu-lab/alpaca", "Open-Orca/OpenOrca"), ["language"] = new JsonArray("en", "de") };
        catalog.AddModel(id, HubShapes.ModelInfo(id, createdAt: "2023-10-01T08:30:00.000Z", downloads: 4321, likes: 12, tags: tags, cardData: card), commits);
        var snapshot = TestSnapshot.Create(_temp, [id]);

        var summary = await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal((1, 1, 5L, false), (summary.Counts.Done, summary.Counts.Ok, summary.Counts.Commits, summary.Cancelled));
        using var db = TestSnapshot.Open(snapshot);
        var details = db.QuerySingle("SELECT * FROM repo_details");
        Assert.Equal(("ok", "org", "2023-10-01T08:30:00Z", 4321L, 12L), ((string)details.status, (string)details.author, (string)details.created_at, (long)details.downloads, (long)details.likes));
        Assert.Equal(("transformers", "text-generation", "apache-2.0", "en,de", 0L), ((string)details.library_name, (string)details.pipeline_tag, (string)details.license, (string)details.language, (long)details.gated));
        Assert.Equal(tags, db.Query<string>("SELECT tag FROM repo_tags ORDER BY position"));
        Assert.Equal(["card|mistralai/Mistral-7B-v0.1|finetune", "tag|mistralai/Mistral-7B-v0.1|finetune"],
            db.Query<string>("SELECT source || '|' || base_model || '|' || coalesce(relation, '') FROM base_model_links ORDER BY source"));
        Assert.Equal(["card|Open-Orca/OpenOrca", "card|tatsu-lab/alpaca", "tag|tatsu-lab/alpaca"],
            db.Query<string>("SELECT source || '|' || dataset FROM dataset_links ORDER BY source, dataset"));

        Assert.Equal(5, db.ExecuteScalar<int>("SELECT COUNT(*) FROM commits"));
        var history = db.QuerySingle("SELECT * FROM repo_commits");
        Assert.Equal((2L, 5L, "2024-03-01T12:00:00Z", "2024-03-05T00:00:00Z"), ((long)history.num_of_authors, (long)history.num_of_commits, (string)history.first_commit, (string)history.last_commit));
        Assert.Equal(["SFconvertbot", "alice", "bob", "leaderboard-pr-bot", "system"], db.Query<string>("SELECT author FROM commit_authors ORDER BY author"));
        Assert.Equal(["alice", "bob"], db.Query<string>("SELECT author FROM human_commit_authors ORDER BY author"));
        Assert.Equal(["SFconvertbot|suffix", "leaderboard-pr-bot|service", "system|service"], db.Query<string>("SELECT author || '|' || reason FROM bot_accounts ORDER BY author"));

        // Three commit pages chained by Link headers, plus the information: four raw bodies kept.
        Assert.Equal(3, server.Requests.Count(r => r.Path == FakeHubCatalog.CommitsPath(id)));
        Assert.Equal(4, db.ExecuteScalar<int>("SELECT COUNT(*) FROM hub_responses WHERE status = 200 AND body IS NOT NULL"));
        Assert.Equal(("2023-10-01T08:30:00Z", "hub", 4321L), db.QuerySingle<(string, string, long)>("SELECT created_at, created_source, downloads FROM models"));
        Assert.Equal(server.BaseUrl.ToString().TrimEnd('/'), db.ExecuteScalar<string>("SELECT value FROM snapshot_meta WHERE key = 'hub_url'"));
    }

    [Fact]
    public async Task A_run_leaves_write_ahead_logging_and_a_reader_holding_the_snapshot_does_not_fail_it()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "org/a");
        var alone = TestSnapshot.Create(_temp, ["org/a"]);
        var read = TestSnapshot.Create(_temp, ["org/a"]);

        await HubTestKit.RunAsync(alone, server.BaseUrl);

        // Bytes 18 and 19 of a SQLite file are its write and read format versions: 1 with a rollback journal, 2 in WAL mode.
        var header = File.ReadAllBytes(alone)[18..20];
        Assert.Equal(new byte[] { 1, 1 }, header);
        Assert.False(File.Exists(alone + "-wal"));

        // Someone reads the snapshot during the run (in WAL mode) and keeps it open: WAL mode cannot be left then, which
        // does no harm; the run still succeeds.
        using (var reader = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={read};Pooling=false"))
        {
            var summary = await EnrichmentRun.RunAsync(read, HubTestKit.FastClient(server.BaseUrl), new EnrichmentOptions { Concurrency = 1 },
                _ =>
                {
                    if (reader.State == System.Data.ConnectionState.Open) return;
                    reader.Open();
                    Assert.Equal(1L, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM leaderboard_entries WHERE fullname = 'org/a'"));
                }, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2)); // a run that cannot finish fails instead of hanging
            Assert.Equal((1, 1), (summary.Counts.Done, summary.Counts.Ok));
            Assert.Equal(System.Data.ConnectionState.Open, reader.State);
        }
        Assert.Equal("ok", TestSnapshot.Scalar<string>(read, "SELECT status FROM repo_details WHERE fullname = 'org/a'"));
    }

    [Fact]
    public void Time_left_is_unknown_until_there_is_a_rate_and_then_follows_it()
    {
        Assert.Null(new EnrichmentProgress(10, 0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero).Remaining);
        Assert.Null(new EnrichmentProgress(10, 0, 0, 0, 0, 0, 0, 0, TimeSpan.FromSeconds(4)).Remaining);
        // 4 done in 2 s is 2 a second, so the other 6 take 3 s.
        Assert.Equal(TimeSpan.FromSeconds(3), new EnrichmentProgress(10, 4, 4, 0, 0, 0, 0, 0, TimeSpan.FromSeconds(2)).Remaining);
    }

    [Fact]
    public async Task SecondRunSkipsEnrichedReposAndRefreshReplacesThem()
    {
        var (server, catalog) = await HubTestKit.StartAsync(pageSize: 2);
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one", commitCount: 5);
        HubTestKit.AddSimpleModel(catalog, "b/two", commitCount: 1);
        var snapshot = TestSnapshot.Create(_temp, ["a/one", "b/two"]);
        await HubTestKit.RunAsync(snapshot, server.BaseUrl);
        var requestsAfterFirst = server.Requests.Count;

        var again = await HubTestKit.RunAsync(snapshot, server.BaseUrl);
        Assert.Equal((0, 2), (again.Counts.Done, again.AlreadyEnriched));
        Assert.Equal(requestsAfterFirst, server.Requests.Count);

        // The repository shrank to one commit: a refresh replaces rows and stale pages.
        HubTestKit.AddSimpleModel(catalog, "a/one", commitCount: 1, tags: ["license:mit"]);
        var refreshed = await HubTestKit.RunAsync(snapshot, server.BaseUrl, new EnrichmentOptions { Refresh = true });
        Assert.Equal(2, refreshed.Counts.Ok);
        Assert.Equal(1, TestSnapshot.Scalar<int>(snapshot, "SELECT COUNT(*) FROM commits WHERE fullname = 'a/one'"));
        Assert.Equal(1, TestSnapshot.Scalar<int>(snapshot, "SELECT num_of_commits FROM repo_commits WHERE fullname = 'a/one'"));
        Assert.Equal("mit", TestSnapshot.Scalar<string>(snapshot, "SELECT license FROM repo_details WHERE fullname = 'a/one'"));
        Assert.Equal(2, TestSnapshot.Scalar<int>(snapshot, "SELECT COUNT(*) FROM hub_responses WHERE url LIKE '%a/one%'"));
    }

    [Fact]
    public async Task ListedBotsAreKeptAndLeftOutOfAuthorCounts()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one", commitCount: 4);
        var snapshot = TestSnapshot.Create(_temp, ["a/one"]);
        using (var db = TestSnapshot.Open(snapshot))
            db.Execute("INSERT INTO bot_accounts(author, reason) VALUES ('bob', 'listed'), ('system', 'listed')");

        await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal(1, TestSnapshot.Scalar<int>(snapshot, "SELECT num_of_authors FROM repo_commits"));
        Assert.Equal(["bob|listed", "leaderboard-pr-bot|service", "system|listed"],
            TestSnapshot.Query<string>(snapshot, "SELECT author || '|' || reason FROM bot_accounts ORDER BY author"));
    }

    [Fact]
    public async Task LimitEnrichesTheFirstReposOnly()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        foreach (var id in new[] { "a/1", "b/2", "c/3" }) HubTestKit.AddSimpleModel(catalog, id);
        var snapshot = TestSnapshot.Create(_temp, ["c/3", "a/1", "b/2"]);
        var summary = await HubTestKit.RunAsync(snapshot, server.BaseUrl, new EnrichmentOptions { Limit = 2 });
        Assert.Equal(2, summary.Counts.Total);
        Assert.Equal(["a/1", "b/2"], TestSnapshot.Query<string>(snapshot, "SELECT fullname FROM repo_details ORDER BY fullname"));
    }
}
