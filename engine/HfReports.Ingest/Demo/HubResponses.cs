using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Demo;

/// <summary>
/// A few synthetic Hub API bodies, for the official bases only, so the audit table is not empty.
/// They are built from the rows already written, so they always agree with repo_details and repo_tags.
/// </summary>
public static class HubResponses
{
    public static void Write(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var official in BaseModelFamilies.AllBases)
        {
            var details = connection.QuerySingle<(string Author, string CreatedAt, string LastModified, long Downloads, long Likes, string? License, long Gated)>(
                "SELECT author, created_at, last_modified, downloads, likes, license, gated FROM repo_details WHERE fullname = @name",
                new { name = official.Fullname }, transaction);
            var tags = connection.Query<string>("SELECT tag FROM repo_tags WHERE fullname = @name ORDER BY position",
                new { name = official.Fullname }, transaction);

            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("id", official.Fullname);
                json.WriteString("author", details.Author);
                json.WriteString("createdAt", details.CreatedAt);
                json.WriteString("lastModified", details.LastModified);
                json.WriteNumber("downloads", details.Downloads);
                json.WriteNumber("likes", details.Likes);
                json.WriteString("library_name", "transformers");
                json.WriteString("pipeline_tag", "text-generation");
                if (details.Gated == 1) json.WriteString("gated", "manual"); else json.WriteBoolean("gated", false);
                json.WriteStartArray("tags");
                foreach (var tag in tags) json.WriteStringValue(tag);
                json.WriteEndArray();
                json.WriteStartObject("cardData");
                if (details.License is { } license) json.WriteString("license", license);
                json.WriteEndObject();
                json.WriteBoolean("synthetic", true);
                json.WriteEndObject();
            }
            connection.Execute(
                "INSERT INTO hub_responses(url, status, fetched_at, body) VALUES (@url, 200, @fetched, @body)",
                new { url = "https://huggingface.co/api/models/" + official.Fullname, fetched = DemoClock.FetchedAt, body = Encoding.UTF8.GetString(buffer.ToArray()) },
                transaction);
        }
    }
}
