using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HfReports.Ingest.Demo;

/// <summary>
/// A few synthetic Hub API bodies, for the official bases only, so the audit table is not empty.
/// They are built from the rows already written, so they always agree with repo_details and repo_tags.
/// </summary>
internal static class HubResponses
{
    public static void Write(DemoTarget target)
    {
        using var responses = target.Rows("hub_responses", "url", "status", "fetched_at", "body");
        foreach (var official in BaseModelFamilies.AllBases)
        {
            // The official names are the generator's own constants, written as SQL literals (no parameters on every engine).
            var name = "'" + official.Fullname.Replace("'", "''") + "'";
            var row = target.Query($"SELECT author, created_at, last_modified, downloads, likes, license, gated FROM repo_details WHERE fullname = {name}").Single();
            var (author, createdAt, lastModified, license) = ((string)row[0]!, (string)row[1]!, (string)row[2]!, row[5] as string);
            var (downloads, likes, gated) = (Number(row[3]), Number(row[4]), Number(row[6]));
            var tags = target.Query($"SELECT tag FROM repo_tags WHERE fullname = {name} ORDER BY position").Select(t => (string)t[0]!);

            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("id", official.Fullname);
                json.WriteString("author", author);
                json.WriteString("createdAt", createdAt);
                json.WriteString("lastModified", lastModified);
                json.WriteNumber("downloads", downloads);
                json.WriteNumber("likes", likes);
                json.WriteString("library_name", "transformers");
                json.WriteString("pipeline_tag", "text-generation");
                if (gated == 1) json.WriteString("gated", "manual"); else json.WriteBoolean("gated", false);
                json.WriteStartArray("tags");
                foreach (var tag in tags) json.WriteStringValue(tag);
                json.WriteEndArray();
                json.WriteStartObject("cardData");
                if (license is { } licence) json.WriteString("license", licence);
                json.WriteEndObject();
                json.WriteBoolean("synthetic", true);
                json.WriteEndObject();
            }
            responses.Run("https://huggingface.co/api/models/" + official.Fullname, 200, DemoClock.FetchedAt, Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    private static long Number(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
