using System.Text.Json.Nodes;
using HfReports.FakeHub;
using HfReports.Ingest.Hub;

namespace HfReports.Tests.Hub;

/// <summary>Short retry delays so the fault tests run in about a second each; a request timeout generous enough
/// for a loaded machine (tests of the timeout itself pass their own).</summary>
internal static class HubTestKit
{
    public static HubClientOptions FastClient(Uri baseUrl, TimeSpan? timeout = null, int maxRetries = 3, string? token = null) => new()
    {
        BaseUrl = baseUrl,
        Token = token,
        RequestTimeout = timeout ?? TimeSpan.FromSeconds(30),
        MaxRetries = maxRetries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(3),
    };

    public static Task<EnrichmentSummary> RunAsync(string snapshot, Uri baseUrl, EnrichmentOptions? options = null, HubClientOptions? client = null, CancellationToken cancellationToken = default) =>
        EnrichmentRun.RunAsync(snapshot, client ?? FastClient(baseUrl), options ?? new EnrichmentOptions { Concurrency = 4 }, null, cancellationToken);

    /// <summary>Adds a model with <paramref name="commitCount"/> commits by 'alice' and 'bob', newest first.</summary>
    public static void AddSimpleModel(FakeHubCatalog catalog, string id, int commitCount = 3, IEnumerable<string>? tags = null, JsonObject? cardData = null)
    {
        var commits = Enumerable.Range(0, commitCount)
            .Select(i => (JsonNode)HubShapes.Commit(
                $"{i:x40}",
                new DateTime(2024, 1, 1).AddDays(commitCount - i).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"),
                $"commit {i}",
                i % 2 == 0 ? "alice" : "bob"))
            .ToList();
        catalog.AddModel(id, HubShapes.ModelInfo(id, tags: tags, cardData: cardData), commits);
    }

    public static async Task<(FakeHubServer Server, FakeHubCatalog Catalog)> StartAsync(int pageSize = 50, TimeSpan latency = default)
    {
        var catalog = new FakeHubCatalog { PageSize = pageSize };
        var server = await FakeHubServer.StartAsync(catalog.Handle, latency);
        return (server, catalog);
    }
}
