using HfReports.FakeHub;
using HfReports.Ingest.Hub;

namespace HfReports.Tests.Hub;

public class HubClientTests
{
    [Fact]
    public async Task TokenIsNotSentToAnotherHostThatALinkPointsAt()
    {
        await using var elsewhere = await FakeHubServer.StartAsync(_ => FakeReply.Json("[]"));
        var catalog = new FakeHubCatalog();
        catalog.Override(FakeHubCatalog.CommitsPath("a/one"), _ => FakeReply.Json("[]",
            new Dictionary<string, string> { ["Link"] = $"<{elsewhere.BaseUrl}api/models/a/one/commits/main?p=1>; rel=\"next\"" }));
        await using var hub = await FakeHubServer.StartAsync(catalog.Handle);
        using var client = new HubClient(HubTestKit.FastClient(hub.BaseUrl, token: "hf_secret"));

        var pages = await client.GetCommitPagesAsync("a/one", CancellationToken.None);

        Assert.Equal(2, pages.Count);
        Assert.Equal("Bearer hf_secret", Assert.Single(hub.Requests).Authorization);
        Assert.Null(Assert.Single(elsewhere.Requests).Authorization);
    }

    [Fact]
    public async Task RepositoryIdsAreEscapedPerSegment()
    {
        await using var hub = await FakeHubServer.StartAsync(_ => FakeReply.NotFound());
        using var client = new HubClient(HubTestKit.FastClient(hub.BaseUrl));
        var response = await client.GetModelInfoAsync("org/name with space", CancellationToken.None);
        Assert.Equal(404, response.Status);
        Assert.Equal("/api/models/org/name with space", Assert.Single(hub.Requests).Path);
        Assert.EndsWith("/api/models/org/name%20with%20space", response.Url);
    }
}
