using System.Diagnostics;
using Dapper;
using HfReports.FakeHub;
using HfReports.Ingest.Hub;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hub;

/// <summary>How enrichment behaves when the Hub rate-limits, fails, refuses, or answers badly.</summary>
public sealed class HubFaultTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RateLimitWaitsForRetryAfterThenSucceeds()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one");
        catalog.Script(FakeHubCatalog.InfoPath("a/one"), FakeReply.TooManyRequests(retryAfterSeconds: 1));
        var snapshot = TestSnapshot.Create(_temp, ["a/one"]);

        var clock = Stopwatch.StartNew();
        var summary = await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal(1, summary.Counts.Ok);
        Assert.Equal(2, server.CountRequests(FakeHubCatalog.InfoPath("a/one")));
        // The backoff alone would retry after ~10 ms; the server asked for a second.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after {clock.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ServerErrorsAreRetriedWithBackoff()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one");
        catalog.Script(FakeHubCatalog.InfoPath("a/one"), FakeReply.ServerError(), new FakeReply(503));
        catalog.Script(FakeHubCatalog.CommitsPath("a/one"), FakeReply.ServerError());
        var snapshot = TestSnapshot.Create(_temp, ["a/one"]);

        var summary = await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal((1, 0), (summary.Counts.Ok, summary.Counts.Errors));
        Assert.Equal(3, server.CountRequests(FakeHubCatalog.InfoPath("a/one")));
        Assert.Equal(2, server.CountRequests(FakeHubCatalog.CommitsPath("a/one")));
        Assert.Equal(3, TestSnapshot.Scalar<int>(snapshot, "SELECT num_of_commits FROM repo_commits"));
    }

    [Fact]
    public async Task PersistentServerErrorIsAnErrorThatTheNextRunRetries()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one");
        catalog.Script(FakeHubCatalog.InfoPath("a/one"), Enumerable.Repeat(FakeReply.ServerError(), 4).ToArray());
        var snapshot = TestSnapshot.Create(_temp, ["a/one"]);

        var first = await HubTestKit.RunAsync(snapshot, server.BaseUrl, client: HubTestKit.FastClient(server.BaseUrl, maxRetries: 3));
        Assert.Equal(1, first.Counts.Errors);
        Assert.Contains("HTTP 500", Assert.Single(first.Problems));
        Assert.Equal("error", TestSnapshot.Scalar<string>(snapshot, "SELECT status FROM repo_details"));

        var second = await HubTestKit.RunAsync(snapshot, server.BaseUrl);
        Assert.Equal(1, second.Counts.Ok);
        Assert.Equal("ok", TestSnapshot.Scalar<string>(snapshot, "SELECT status FROM repo_details"));
    }

    [Fact]
    public async Task NotFoundIsRecordedOnceAndNeverRetried()
    {
        var (server, _) = await HubTestKit.StartAsync();
        await using var __ = server;
        var snapshot = TestSnapshot.Create(_temp, ["gone/model"]);

        var first = await HubTestKit.RunAsync(snapshot, server.BaseUrl);
        var second = await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal((1, 0), (first.Counts.NotFound, second.Counts.Done));
        Assert.Single(server.Requests);
        Assert.Equal("not_found", TestSnapshot.Scalar<string>(snapshot, "SELECT status FROM repo_details"));
        Assert.Equal("submission", TestSnapshot.Scalar<string>(snapshot, "SELECT created_source FROM models"));
        Assert.Equal(404, TestSnapshot.Scalar<int>(snapshot, "SELECT status FROM hub_responses"));
    }

    [Fact]
    public async Task GatedReposAreRecordedAndNotRetried()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        // Refused outright, and public details with a gated commit list.
        catalog.Override(FakeHubCatalog.InfoPath("meta/refused"), _ => FakeReply.Gated());
        catalog.AddModel("meta/details-only", HubShapes.ModelInfo("meta/details-only", gated: "manual"), []);
        catalog.Override(FakeHubCatalog.CommitsPath("meta/details-only"), _ => new FakeReply(403, """{"error":"gated"}""", new Dictionary<string, string> { ["X-Error-Code"] = "GatedRepo" }));
        var snapshot = TestSnapshot.Create(_temp, ["meta/refused", "meta/details-only"]);

        var first = await HubTestKit.RunAsync(snapshot, server.BaseUrl);
        var requests = server.Requests.Count;
        await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal((1, 1, 0), (first.Counts.Gated, first.Counts.Ok, first.Counts.Errors));
        Assert.Equal(3, requests); // two information requests and one refused commit list
        Assert.Equal(requests, server.Requests.Count);
        Assert.Equal(["meta/details-only|ok|1", "meta/refused|gated|1"],
            TestSnapshot.Query<string>(snapshot, "SELECT fullname || '|' || status || '|' || gated FROM repo_details ORDER BY fullname"));
        Assert.Equal(0, TestSnapshot.Scalar<int>(snapshot, "SELECT COUNT(*) FROM repo_commits"));
    }

    [Fact]
    public async Task MalformedJsonIsAnErrorWithTheRawBodyKept()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one");
        HubTestKit.AddSimpleModel(catalog, "b/two");
        catalog.Script(FakeHubCatalog.InfoPath("a/one"), FakeReply.Json("""{"id": "a/one", "tags": [ broken"""));
        catalog.Script(FakeHubCatalog.CommitsPath("b/two"), FakeReply.Json("<html>maintenance</html>"));
        var snapshot = TestSnapshot.Create(_temp, ["a/one", "b/two"]);

        var first = await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        Assert.Equal(2, first.Counts.Errors);
        Assert.Contains(first.Problems, problem => problem.StartsWith("a/one: unreadable model information", StringComparison.Ordinal));
        Assert.Contains(first.Problems, problem => problem.StartsWith("b/two: unreadable commit page", StringComparison.Ordinal));
        Assert.Equal("<html>maintenance</html>", TestSnapshot.Scalar<string>(snapshot, "SELECT body FROM hub_responses WHERE url LIKE '%b/two/commits%'"));
        Assert.Equal(0, TestSnapshot.Scalar<int>(snapshot, "SELECT COUNT(*) FROM commits"));

        var second = await HubTestKit.RunAsync(snapshot, server.BaseUrl);
        Assert.Equal(2, second.Counts.Ok);
    }

    [Fact]
    public async Task SlowResponsesTimeOutAndAreRetried()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/slow-once");
        HubTestKit.AddSimpleModel(catalog, "b/always-slow");
        // A reply that never comes in the test's lifetime: only the client's timeout can end these requests (the
        // server stops waiting when the client gives up), so the request counts below prove it applied.
        var never = TimeSpan.FromMinutes(10);
        catalog.Script(FakeHubCatalog.InfoPath("a/slow-once"), new FakeReply(200, "{}", Delay: never));
        catalog.Override(FakeHubCatalog.InfoPath("b/always-slow"), _ => new FakeReply(200, "{}", Delay: never));
        var snapshot = TestSnapshot.Create(_temp, ["a/slow-once", "b/always-slow"]);

        var summary = await HubTestKit.RunAsync(snapshot, server.BaseUrl,
            client: HubTestKit.FastClient(server.BaseUrl, timeout: TimeSpan.FromSeconds(1), maxRetries: 2));

        Assert.Equal((1, 1), (summary.Counts.Ok, summary.Counts.Errors));
        Assert.Equal(2, server.CountRequests(FakeHubCatalog.InfoPath("a/slow-once")));
        Assert.Equal(3, server.CountRequests(FakeHubCatalog.InfoPath("b/always-slow")));
        Assert.Contains("b/always-slow: timed out after retries", summary.Problems);
    }

    [Fact]
    public async Task ErrorDoesNotOverwriteAnEarlierAnswerOnRefresh()
    {
        var (server, catalog) = await HubTestKit.StartAsync();
        await using var _ = server;
        HubTestKit.AddSimpleModel(catalog, "a/one");
        var snapshot = TestSnapshot.Create(_temp, ["a/one"]);
        await HubTestKit.RunAsync(snapshot, server.BaseUrl);

        catalog.Override(FakeHubCatalog.InfoPath("a/one"), _ => FakeReply.ServerError());
        var refreshed = await HubTestKit.RunAsync(snapshot, server.BaseUrl, new EnrichmentOptions { Refresh = true },
            HubTestKit.FastClient(server.BaseUrl, maxRetries: 1));

        Assert.Equal(1, refreshed.Counts.Errors);
        Assert.Equal("ok", TestSnapshot.Scalar<string>(snapshot, "SELECT status FROM repo_details"));
        Assert.Equal(3, TestSnapshot.Scalar<int>(snapshot, "SELECT COUNT(*) FROM commits"));
        using var db = TestSnapshot.Open(snapshot);
        Assert.Equal(200, db.ExecuteScalar<int>("SELECT status FROM hub_responses WHERE url LIKE '%/a/one'"));
    }
}
