using System.Text.Json.Nodes;
using HfReports.FakeHub;
using HfReports.Ingest.Hub;

namespace HfReports.Tests.Hub;

/// <summary>Parsed model information built through the Hub's JSON shape, as the client would see it.</summary>
internal static class Info
{
    public static HubModelInfo Parse(string id, IEnumerable<string>? tags = null, JsonObject? card = null) =>
        HubJson.ParseModelInfo(HubShapes.ModelInfo(id, tags: tags ?? [], cardData: card).ToJsonString());
}
