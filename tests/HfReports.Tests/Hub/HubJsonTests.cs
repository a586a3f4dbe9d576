using System.Text.Json;
using HfReports.Ingest.Hub;

namespace HfReports.Tests.Hub;

public class HubJsonTests
{
    [Fact]
    public void ModelInformationFieldsAndStringOrListCardFields()
    {
        var info = HubJson.ParseModelInfo("""
            {"id":"org/m","author":"org","createdAt":"2023-07-18T16:00:00.000Z","lastModified":"2024-01-02T03:04:05.678Z",
             "downloads":1234,"likes":5,"library_name":"peft","pipeline_tag":"text-generation","tags":["a","b"],
             "gated":"manual","private":false,
             "cardData":{"license":"llama2","base_model":"meta-llama/Llama-2-7b-hf","datasets":["d/one"],"language":"en"}}
            """);
        Assert.Equal(("org/m", "org", "2023-07-18T16:00:00Z", "2024-01-02T03:04:05Z"), (info.Id, info.Author, info.CreatedAt, info.LastModified));
        Assert.Equal((1234L, 5L, "peft", "text-generation"), (info.Downloads, info.Likes, info.LibraryName, info.PipelineTag));
        Assert.Equal(["a", "b"], info.Tags);
        Assert.True(info.Gated);
        Assert.Equal(["llama2"], info.Card.Licenses);
        Assert.Equal(["meta-llama/Llama-2-7b-hf"], info.Card.BaseModels);
        Assert.Equal(["en"], info.Card.Languages);

        var list = HubJson.ParseModelInfo("""{"id":"x/y","gated":false,"cardData":{"language":["en","fr"],"base_model":["a/b","c/d"]}}""");
        Assert.False(list.Gated);
        Assert.Equal(["en", "fr"], list.Card.Languages);
        Assert.Equal(["a/b", "c/d"], list.Card.BaseModels);
        Assert.Empty(list.Tags);
        Assert.True(HubJson.ParseModelInfo("""{"id":"x/y","gated":"auto"}""").Gated);
        // Older answers name the model only by `modelId`.
        Assert.Equal("x/old", HubJson.ParseModelInfo("""{"modelId":"x/old"}""").Id);
    }

    [Fact]
    public void CommitPageReadsAuthorsUsersAndSkipsBrokenEntries()
    {
        var commits = HubJson.ParseCommitPage("""
            [{"id":"abc","title":"Upload","message":"Upload\n","date":"2024-04-18T15:00:00.000Z","authors":[{"user":"alice","avatar":"x"},{"user":"bob"}]},
             {"id":"def","title":"no date","authors":[]},
             {"id":"ghi","title":"initial commit","date":"2024-04-17T00:00:00.000Z","authors":[]}]
            """);
        Assert.Equal(2, commits.Count);
        Assert.Equal(["alice", "bob"], commits[0].Authors);
        Assert.Equal("2024-04-18T15:00:00Z", commits[0].Date);
        Assert.Empty(commits[1].Authors);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void MalformedModelInformationThrows(string body) => Assert.ThrowsAny<JsonException>(() => HubJson.ParseModelInfo(body));

    [Fact]
    public void MalformedCommitPageThrows() => Assert.ThrowsAny<JsonException>(() => HubJson.ParseCommitPage("""{"error":"oops"}"""));

    [Theory]
    [InlineData("<https://hub.example/api/models/a/b/commits/main?p=1>; rel=\"next\"", "https://hub.example/api/models/a/b/commits/main?p=1")]
    [InlineData("<https://h/x?p=0>; rel=\"prev\", <https://h/x?p=2&a=1,2>; rel=\"next\"", "https://h/x?p=2&a=1,2")]
    [InlineData("</api/models/a/b/commits/main?p=3>; rel=next", "https://hub.example/api/models/a/b/commits/main?p=3")]
    [InlineData("<https://h/x?p=9>; rel=\"last\"", null)]
    public void LinkHeaderNext(string header, string? expected) =>
        Assert.Equal(expected, LinkHeader.FindNext([header], new Uri("https://hub.example/api/models/a/b/commits/main")));

    [Theory]
    [InlineData(404, null, null, "not_found")]
    [InlineData(401, "RepoNotFound", null, "not_found")]
    [InlineData(401, "GatedRepo", null, "gated")]
    [InlineData(403, "GatedRepo", null, "gated")]
    [InlineData(403, null, null, "private")]
    [InlineData(401, null, """{"error":"Invalid credentials in Authorization header"}""", "error")]
    [InlineData(429, null, null, "error")]
    [InlineData(500, null, null, "error")]
    public void RefusalsAreClassified(int status, string? errorCode, string? body, string expected) =>
        Assert.Equal(expected, RepoEnricher.ClassifyRefusal(new HubResponse("u", status, body, null, null, errorCode)));
}
