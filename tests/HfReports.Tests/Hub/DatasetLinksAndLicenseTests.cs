using System.Text.Json.Nodes;
using HfReports.Ingest.Hub.Derivations;

namespace HfReports.Tests.Hub;

public class DatasetLinksAndLicenseTests
{
    [Fact]
    public void DatasetsFromCardListCardStringAndTags()
    {
        var info = Info.Parse("me/x", ["dataset:tatsu-lab/alpaca", "dataset:Open-Orca/OpenOrca", "en"], new JsonObject { ["datasets"] = new JsonArray("tatsu-lab/alpaca") });
        var links = DatasetLinks.Derive("me/x", info);
        Assert.Equal(
            [new DatasetLink("me/x", "tatsu-lab/alpaca", "card"), new DatasetLink("me/x", "tatsu-lab/alpaca", "tag"), new DatasetLink("me/x", "Open-Orca/OpenOrca", "tag")],
            links);

        var single = DatasetLinks.Derive("me/y", Info.Parse("me/y", card: new JsonObject { ["datasets"] = "HuggingFaceH4/ultrachat_200k" }));
        Assert.Equal("HuggingFaceH4/ultrachat_200k", Assert.Single(single).Dataset);
    }

    [Fact]
    public void LicenseFromCardFirstThenTagLowerCased()
    {
        Assert.Equal("apache-2.0", LicenseRule.Derive(Info.Parse("me/x", ["license:mit"], new JsonObject { ["license"] = "Apache-2.0" })));
        Assert.Equal("mit", LicenseRule.Derive(Info.Parse("me/x", ["license:mit"])));
        Assert.Equal("cc-by-4.0", LicenseRule.Derive(Info.Parse("me/x", card: new JsonObject { ["license"] = new JsonArray("cc-by-4.0", "mit") })));
        Assert.Null(LicenseRule.Derive(Info.Parse("me/x", ["text-generation"])));
        // An empty 'license:' tag names no licence: the next tag does.
        Assert.Equal("mit", LicenseRule.Derive(Info.Parse("me/x", ["license:", "license: MIT"])));
    }
}
