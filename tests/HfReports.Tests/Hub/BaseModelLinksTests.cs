using System.Text.Json.Nodes;
using HfReports.Ingest.Hub.Derivations;

namespace HfReports.Tests.Hub;

public class BaseModelLinksTests
{
    [Fact]
    public void CardBaseModelAsString()
    {
        var links = BaseModelLinks.Derive("me/tuned", Info.Parse("me/tuned", card: new JsonObject { ["base_model"] = "meta-llama/Llama-2-7b-hf" }));
        Assert.Equal([new BaseModelLink("me/tuned", "meta-llama/Llama-2-7b-hf", null, "card")], links);
    }

    [Fact]
    public void CardBaseModelAsListKeepsEveryBase()
    {
        var card = new JsonObject { ["base_model"] = new JsonArray("a/one", "b/two", "a/one") };
        var links = BaseModelLinks.Derive("me/merged", Info.Parse("me/merged", card: card));
        Assert.Equal(["a/one", "b/two"], links.Select(link => link.BaseModel));
        Assert.All(links, link => Assert.Equal("card", link.Source));
    }

    [Fact]
    public void TagsCollapsePlainAndRelationTagIntoOneLinkWithTheRelation()
    {
        string[] tags = ["transformers", "base_model:mistralai/Mistral-7B-v0.1", "base_model:finetune:mistralai/Mistral-7B-v0.1", "license:apache-2.0"];
        var links = BaseModelLinks.Derive("me/tuned", Info.Parse("me/tuned", tags));
        Assert.Equal([new BaseModelLink("me/tuned", "mistralai/Mistral-7B-v0.1", "finetune", "tag")], links);
    }

    [Theory]
    [InlineData("merge")]
    [InlineData("adapter")]
    [InlineData("quantized")]
    [InlineData("finetune")]
    public void EveryRelationKindIsRead(string kind)
    {
        var links = BaseModelLinks.Derive("me/x", Info.Parse("me/x", [$"base_model:{kind}:org/base"]));
        Assert.Equal(kind, Assert.Single(links).Relation);
        Assert.Equal("org/base", links[0].BaseModel);
    }

    [Fact]
    public void CardLinkTakesTheRelationOfTheTagsOrOfTheCard()
    {
        string[] tags = ["base_model:org/base", "base_model:adapter:org/base"];
        var fromTags = BaseModelLinks.Derive("me/x", Info.Parse("me/x", tags, new JsonObject { ["base_model"] = "org/base" }));
        Assert.Contains(new BaseModelLink("me/x", "org/base", "adapter", "card"), fromTags);
        Assert.Contains(new BaseModelLink("me/x", "org/base", "adapter", "tag"), fromTags);

        var fromCard = BaseModelLinks.Derive("me/x", Info.Parse("me/x", card: new JsonObject { ["base_model"] = "org/base", ["base_model_relation"] = "quantized" }));
        Assert.Equal("quantized", Assert.Single(fromCard).Relation);
    }

    [Fact]
    public void NoLinksWithoutCardOrTagsAndNoLinkToItself()
    {
        Assert.Empty(BaseModelLinks.Derive("me/x", Info.Parse("me/x", ["text-generation"])));
        Assert.Empty(BaseModelLinks.Derive("org/base", Info.Parse("org/base", ["base_model:org/base"], new JsonObject { ["base_model"] = "org/base" })));
    }
}
