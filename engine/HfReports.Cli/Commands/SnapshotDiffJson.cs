using System.Text.Json;
using HfReports.Engine.Publishing;
using HfReports.Engine.Query;

namespace HfReports.Cli.Commands;

/// <summary>The diff as one JSON document (every change listed, not only examples), keys in ordinal order; described by
/// reports/schema/diff.schema.json. Snapshot paths are as given on the command line (a diff has no manifest).
/// `scores_comparable` false and `generation_note` say when the snapshots' generations differ.</summary>
public static class SnapshotDiffJson
{
    public static void Write(SnapshotDiff diff, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, BuildManifestJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("added");
            foreach (var model in diff.Added) Model(json, model);
            json.WriteEndArray();
            json.WriteString("command", "diff");
            json.WriteStartObject("counts");
            json.WriteNumber("added", diff.Added.Count);
            json.WriteNumber("licence_changed", diff.LicenceChanged.Count);
            json.WriteNumber("removed", diff.Removed.Count);
            json.WriteNumber("rescored", diff.Rescored.Count);
            json.WriteNumber("type_changed", diff.TypeChanged.Count);
            json.WriteEndObject();
            json.WriteNumber("exit_code", ExitCodes.Success);
            json.WritePropertyName("generation_note");
            BuildManifestJson.WriteValue(json, diff.GenerationNote);
            json.WriteStartArray("licence_changed");
            foreach (var change in diff.LicenceChanged) Change(json, change.FullName, change.Old, change.New);
            json.WriteEndArray();
            json.WriteNumber("models_on_both", diff.ModelsOnBoth);
            Summary(json, "new", diff.New);
            Summary(json, "old", diff.Old);
            json.WriteStartArray("removed");
            foreach (var model in diff.Removed) Model(json, model);
            json.WriteEndArray();
            json.WriteStartArray("rescored");
            foreach (var change in diff.Rescored) Change(json, change.FullName, change.Old, change.New);
            json.WriteEndArray();
            json.WriteNumber("score_tolerance", SnapshotDiff.ScoreTolerance);
            json.WriteBoolean("scores_comparable", diff.ScoresComparable);
            json.WriteBoolean("success", true);
            json.WriteStartArray("type_changed");
            foreach (var change in diff.TypeChanged) Change(json, change.FullName, change.Old, change.New);
            json.WriteEndArray();
            json.WriteNumber("version", JsonReport.Version);
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Model(Utf8JsonWriter json, ModelRow model)
    {
        json.WriteStartObject();
        json.WritePropertyName("average");
        BuildManifestJson.WriteValue(json, model.Average);
        json.WriteString("fullname", model.FullName);
        json.WritePropertyName("license");
        BuildManifestJson.WriteValue(json, model.License);
        json.WriteString("type", model.TypeShort);
        json.WriteEndObject();
    }

    private static void Change(Utf8JsonWriter json, string fullName, object? before, object? after)
    {
        json.WriteStartObject();
        json.WriteString("fullname", fullName);
        json.WritePropertyName("new");
        BuildManifestJson.WriteValue(json, after);
        json.WritePropertyName("old");
        BuildManifestJson.WriteValue(json, before);
        json.WriteEndObject();
    }

    private static void Summary(Utf8JsonWriter json, string name, SnapshotSummary snapshot)
    {
        json.WriteStartObject(name);
        json.WriteString("created_at", snapshot.CreatedAt);
        json.WritePropertyName("generation");
        BuildManifestJson.WriteValue(json, snapshot.Generation);
        json.WriteNumber("models", snapshot.Models);
        json.WriteString("path", DisplayPath.Of(snapshot.Path));
        json.WriteStartArray("sources");
        foreach (var source in snapshot.Sources) json.WriteStringValue(source);
        json.WriteEndArray();
        json.WriteBoolean("synthetic", snapshot.Synthetic);
        json.WriteEndObject();
    }
}
