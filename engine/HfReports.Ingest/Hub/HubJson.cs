using System.Text.Json;

namespace HfReports.Ingest.Hub;

/// <summary>
/// Reads the Hub's JSON bodies. Tolerant of missing fields and of card fields given as a
/// string or a list; a body that is not JSON of the expected kind raises <see cref="JsonException"/>.
/// </summary>
internal static class HubJson
{
    public static HubModelInfo ParseModelInfo(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new JsonException($"model information is a JSON {root.ValueKind}, not an object");

        var card = root.TryGetProperty("cardData", out var cardData) && cardData.ValueKind == JsonValueKind.Object
            ? new HubCardData(
                StringOrList(cardData, "license"),
                StringOrList(cardData, "base_model"),
                String(cardData, "base_model_relation"),
                StringOrList(cardData, "datasets"),
                StringOrList(cardData, "language"))
            : HubCardData.Empty;

        return new HubModelInfo(
            Id: String(root, "id") ?? String(root, "modelId"),
            Author: String(root, "author"),
            CreatedAt: HubTimestamp.Normalize(String(root, "createdAt")),
            LastModified: HubTimestamp.Normalize(String(root, "lastModified")),
            Downloads: Integer(root, "downloads"),
            Likes: Integer(root, "likes"),
            LibraryName: String(root, "library_name"),
            PipelineTag: String(root, "pipeline_tag"),
            Tags: StringOrList(root, "tags"),
            Gated: IsGated(root),
            Private: root.TryGetProperty("private", out var isPrivate) && isPrivate.ValueKind == JsonValueKind.True,
            Card: card);
    }

    /// <summary>One page of the commit list: a JSON array. Entries without an id or a date are skipped.</summary>
    public static IReadOnlyList<HubCommit> ParseCommitPage(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
            throw new JsonException($"a commit page is a JSON {root.ValueKind}, not an array");

        var commits = new List<HubCommit>();
        foreach (var entry in root.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object) continue;
            var id = String(entry, "id");
            var date = HubTimestamp.Normalize(String(entry, "date"));
            if (id is null || date is null) continue;
            var authors = new List<string>();
            if (entry.TryGetProperty("authors", out var list) && list.ValueKind == JsonValueKind.Array)
                foreach (var author in list.EnumerateArray())
                {
                    // The Hub gives {user, avatar}; a bare string is accepted too.
                    var name = author.ValueKind == JsonValueKind.Object ? String(author, "user") : AsString(author);
                    if (!string.IsNullOrWhiteSpace(name)) authors.Add(name.Trim());
                }
            commits.Add(new HubCommit(id, date, String(entry, "title"), authors));
        }
        return commits;
    }

    /// <summary>gated is false, or the gating mode ('auto', 'manual'); true is taken as gated too.</summary>
    private static bool IsGated(JsonElement root) =>
        root.TryGetProperty("gated", out var gated) && gated.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => !string.IsNullOrEmpty(gated.GetString()) && gated.GetString() != "false",
            _ => false,
        };

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? AsString(value) : null;

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static long? Integer(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;

    /// <summary>A field that may be a string, a list of strings or absent, as a list of non-empty trimmed strings.</summary>
    private static IReadOnlyList<string> StringOrList(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return [];
        IEnumerable<JsonElement> items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];
        return items.Select(AsString)
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => text!.Trim())
            .ToList();
    }
}
