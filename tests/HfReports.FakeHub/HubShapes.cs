using System.Text.Json.Nodes;

namespace HfReports.FakeHub;

/// <summary>JSON bodies in the shapes the Hub API returns (GET /api/models/{id} and its commit list).</summary>
public static class HubShapes
{
    /// <summary>A model information body. <paramref name="cardData"/> is put as given (strings or lists).</summary>
    public static JsonObject ModelInfo(
        string id,
        string createdAt = "2023-09-01T10:00:00.000Z",
        string lastModified = "2024-01-01T10:00:00.000Z",
        long downloads = 100,
        long likes = 3,
        string? libraryName = "transformers",
        string? pipelineTag = "text-generation",
        IEnumerable<string>? tags = null,
        JsonObject? cardData = null,
        JsonNode? gated = null,
        bool isPrivate = false)
    {
        var info = new JsonObject
        {
            ["_id"] = Guid.NewGuid().ToString("N")[..24],
            ["id"] = id,
            ["modelId"] = id,
            ["author"] = id.Split('/')[0],
            ["sha"] = new string('a', 40),
            ["createdAt"] = createdAt,
            ["lastModified"] = lastModified,
            ["private"] = isPrivate,
            ["disabled"] = false,
            ["gated"] = gated ?? JsonValue.Create(false),
            ["downloads"] = downloads,
            ["likes"] = likes,
            ["library_name"] = libraryName,
            ["pipeline_tag"] = pipelineTag,
            ["tags"] = new JsonArray((tags ?? ["transformers", "safetensors", "text-generation"]).Select(tag => (JsonNode?)JsonValue.Create(tag)).ToArray()),
            ["siblings"] = new JsonArray(new JsonObject { ["rfilename"] = "config.json" }),
        };
        if (cardData is not null) info["cardData"] = cardData;
        return info;
    }

    /// <summary>One commit of the list; authors as the Hub gives them ({user, avatar}).</summary>
    public static JsonObject Commit(string id, string date, string title, params string[] authors) => new()
    {
        ["id"] = id,
        ["title"] = title,
        ["message"] = title + "\n",
        ["date"] = date,
        ["authors"] = new JsonArray(authors.Select(user => (JsonNode?)new JsonObject
        {
            ["user"] = user,
            ["avatar"] = $"https://cdn-avatars.example/{user}.png",
        }).ToArray()),
    };

    public static JsonArray List(IEnumerable<JsonNode> items) => new(items.Select(item => (JsonNode?)item.DeepClone()).ToArray());
}
