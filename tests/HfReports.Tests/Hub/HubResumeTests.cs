using Dapper;
using HfReports.FakeHub;
using HfReports.Ingest.Hub;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hub;

/// <summary>Interrupted runs (Ctrl-C, a killed process) keep what they fetched and the next run finishes the job.</summary>
public sealed class HubResumeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Long enough for a loaded machine, short enough to fail a hang.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private const int ModelCount = 40;
    private const int CommitsPerModel = 3;

    /// <summary>Waits until <paramref name="models"/> models' details have been asked for; fails if the run ends first.</summary>
    private static async Task WhenAskedForOrExited(FakeHubServer server, CliProcess cli, int models)
    {
        var asked = server.WhenReceived(request => !request.Path.Contains("/commits/"), models);
        var first = await Task.WhenAny(asked, cli.Exited, Task.Delay(Patience));
        Assert.True(first == asked, first == cli.Exited
            ? $"the run ended before {models} models were asked for"
            : $"fewer than {models} models asked for within {Patience.TotalMinutes} minutes");
    }

    /// <summary>
    /// Answers the first <paramref name="passing"/> model information requests and holds the others until the returned
    /// event is set (or a hang's patience runs out): a run stopped after request <paramref name="passing"/> + 1 has
    /// arrived cannot have finished, however fast it runs and however late the test's stop comes.
    /// </summary>
    private static ManualResetEventSlim HoldAfter(FakeHubCatalog catalog, IReadOnlyList<string> ids, int passing)
    {
        var plain = new FakeHubCatalog { PageSize = catalog.PageSize };
        foreach (var id in ids) HubTestKit.AddSimpleModel(plain, id, commitCount: CommitsPerModel);
        var release = new ManualResetEventSlim();
        var answered = 0;
        foreach (var id in ids)
            catalog.Override(FakeHubCatalog.InfoPath(id), request =>
            {
                if (Interlocked.Increment(ref answered) > passing) release.Wait(Patience);
                return plain.Handle(request);
            });
        return release;
    }

    private static IReadOnlyList<string> AddModels(FakeHubCatalog catalog)
    {
        var ids = Enumerable.Range(0, ModelCount).Select(i => $"org{i % 5}/model-{i:D3}").ToList();
        foreach (var id in ids) HubTestKit.AddSimpleModel(catalog, id, commitCount: CommitsPerModel);
        return ids;
    }

    [Fact]
    public async Task CancelledRunKeepsWhatItFetchedAndTheNextRunFinishes()
    {
        var (server, catalog) = await HubTestKit.StartAsync(pageSize: 2, latency: TimeSpan.FromMilliseconds(10));
        await using var _ = server;
        var ids = AddModels(catalog);
        var snapshot = TestSnapshot.Create(_temp, ids);

        using var ctrlC = new CancellationTokenSource();
        var first = await EnrichmentRun.RunAsync(snapshot, HubTestKit.FastClient(server.BaseUrl), new EnrichmentOptions { Concurrency = 2 },
            progress => { if (progress.Done >= 10) ctrlC.Cancel(); }, ctrlC.Token);

        Assert.True(first.Cancelled);
        Assert.InRange(first.Counts.Done, 10, ModelCount - 1);
        AssertEveryWrittenRepoIsComplete(snapshot);
        var doneFirst = TestSnapshot.Query<string>(snapshot, "SELECT fullname FROM repo_details");
        Assert.Equal(first.Counts.Done, doneFirst.Count);

        var requestsBefore = server.Requests.Count;
        var second = await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal((ModelCount - doneFirst.Count, doneFirst.Count), (second.Counts.Done, second.AlreadyEnriched));
        Assert.DoesNotContain(server.Requests.Skip(requestsBefore), request => doneFirst.Any(id => request.Path == FakeHubCatalog.InfoPath(id)));
        AssertCompleteAndWithoutDuplicates(snapshot);
    }

    [Fact]
    public async Task KilledProcessLosesNothingFetchedAndResumesWithoutDuplicates()
    {
        var (server, catalog) = await HubTestKit.StartAsync(pageSize: 2, latency: TimeSpan.FromMilliseconds(25));
        await using var _ = server;
        var ids = AddModels(catalog);
        using var hold = HoldAfter(catalog, ids, ModelCount / 2);
        var snapshot = TestSnapshot.Create(_temp, ids);

        using (var cli = new CliProcess(["snapshot", "enrich", "--snapshot", snapshot, "--hub-url", server.BaseUrl.ToString(), "--concurrency", "2"]))
        {
            // Kill it once half of the models have been answered and the next is held: it cannot have finished.
            await WhenAskedForOrExited(server, cli, ModelCount / 2 + 1);
            Assert.False(cli.HasExited, "the run ended before it could be killed");
            await cli.KillAsync();
        }
        hold.Set();

        AssertEveryWrittenRepoIsComplete(snapshot);
        var doneFirst = TestSnapshot.Query<string>(snapshot, "SELECT fullname FROM repo_details");
        Assert.InRange(doneFirst.Count, 1, ModelCount - 1);

        var requestsBefore = server.Requests.Count;
        var second = await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal(ModelCount - doneFirst.Count, second.Counts.Done);
        Assert.DoesNotContain(server.Requests.Skip(requestsBefore), request => doneFirst.Any(id => request.Path == FakeHubCatalog.InfoPath(id)));
        AssertCompleteAndWithoutDuplicates(snapshot);
    }

    [Fact]
    public async Task CtrlCStopsTheCommandCleanlyAndSavesWhatWasFetched()
    {
        var (server, catalog) = await HubTestKit.StartAsync(pageSize: 2, latency: TimeSpan.FromMilliseconds(25));
        await using var _ = server;
        var ids = AddModels(catalog);
        var snapshot = TestSnapshot.Create(_temp, ids);

        using var hold = HoldAfter(catalog, ids, ModelCount / 3);
        using var cli = new CliProcess(["snapshot", "enrich", "--snapshot", snapshot, "--hub-url", server.BaseUrl.ToString(), "--concurrency", "2"]);
        await WhenAskedForOrExited(server, cli, ModelCount / 3 + 1);
        Assert.False(cli.HasExited, "the run ended before it could be interrupted");
        await cli.InterruptAsync();
        var (exitCode, stdout, _) = await cli.WaitAsync(Patience);
        hold.Set();

        Assert.Equal(130, exitCode);
        Assert.Contains("interrupted after", stdout);
        AssertEveryWrittenRepoIsComplete(snapshot);
        var done = TestSnapshot.Scalar<int>(snapshot, "SELECT COUNT(*) FROM repo_details");
        Assert.InRange(done, 1, ModelCount - 1);
        // The run finished its bookkeeping: models rebuilt from what was fetched.
        Assert.Equal(done, TestSnapshot.Scalar<int>(snapshot, "SELECT COUNT(*) FROM models WHERE created_source = 'hub'"));
        Assert.False(File.Exists(snapshot + "-wal"));
    }

    [Fact]
    public async Task TokenIsSentAsBearerButNeverPrintedOrStored()
    {
        const string token = "hf_SECRETtoken1234567890";
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one");
        catalog.Override(FakeHubCatalog.InfoPath("b/refused"), _ => new FakeReply(401, """{"error":"Invalid credentials in Authorization header"}"""));
        var snapshot = TestSnapshot.Create(_temp, ["a/one", "b/refused"]);

        using var cli = new CliProcess(["snapshot", "enrich", "--snapshot", snapshot, "--hub-url", server.BaseUrl.ToString()],
            new Dictionary<string, string?> { ["HF_TOKEN"] = token });
        var (exitCode, stdout, stderr) = await cli.WaitAsync(Patience);

        Assert.Equal(0, exitCode);
        Assert.All(server.Requests, request => Assert.Equal($"Bearer {token}", request.Authorization));
        Assert.Contains("authenticated with HF_TOKEN", stdout);
        Assert.DoesNotContain(token, stdout + stderr);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(snapshot)!))
            Assert.DoesNotContain(token, System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)));
        Assert.Equal(["a/one|ok", "b/refused|error"], TestSnapshot.Query<string>(snapshot, "SELECT fullname || '|' || status FROM repo_details ORDER BY fullname"));
    }

    /// <summary>A repository is either absent or there whole: details, tags, every commit and its summary.</summary>
    private static void AssertEveryWrittenRepoIsComplete(string snapshot)
    {
        using var db = TestSnapshot.Open(snapshot);
        var incomplete = db.Query<string>(
            """
            SELECT d.fullname FROM repo_details d
            LEFT JOIN repo_commits c ON c.fullname = d.fullname
            WHERE d.status <> 'ok' OR c.num_of_commits IS NOT @expected
               OR (SELECT COUNT(*) FROM commits k WHERE k.fullname = d.fullname) <> @expected
               OR (SELECT COUNT(*) FROM repo_tags t WHERE t.fullname = d.fullname) = 0
            """, new { expected = CommitsPerModel }).ToList();
        Assert.Empty(incomplete);
    }

    private static void AssertCompleteAndWithoutDuplicates(string snapshot)
    {
        AssertEveryWrittenRepoIsComplete(snapshot);
        using var db = TestSnapshot.Open(snapshot);
        Assert.Equal(ModelCount, db.ExecuteScalar<int>("SELECT COUNT(*) FROM repo_details WHERE status = 'ok'"));
        Assert.Equal(ModelCount * CommitsPerModel, db.ExecuteScalar<int>("SELECT COUNT(*) FROM commits"));
        Assert.Equal(ModelCount * 2, db.ExecuteScalar<int>("SELECT COUNT(*) FROM commit_authors"));
        Assert.Equal(ModelCount * 3, db.ExecuteScalar<int>("SELECT COUNT(*) FROM hub_responses"));
        Assert.Equal(ModelCount, db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE created_source = 'hub'"));
    }
}
