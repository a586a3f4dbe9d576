using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Publishing;

/// <summary>
/// Writes build manifests and their parts as JSON with a fixed shape: keys in ordinal order,
/// lists in the order the manifest holds them (already sorted), dates as ISO-8601, LF line ends.
/// The CLI's --format json results reuse the diagnostic and value writers.
/// </summary>
public static class BuildManifestJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes out/manifest.json on its own.</summary>
    /// <returns>The path written.</returns>
    internal static string Write(string outputFolder, BuildManifest manifest)
    {
        using var outputs = new OutputSet();
        var path = Stage(outputFolder, manifest, outputs, CancellationToken.None);
        outputs.Commit(CancellationToken.None);
        return path;
    }

    /// <summary>Stages out/manifest.json with the build's other outputs (<see cref="OutputSet"/>).</summary>
    /// <returns>The path it will have once committed.</returns>
    internal static string Stage(string outputFolder, BuildManifest manifest, OutputSet outputs, CancellationToken cancellation)
    {
        var path = Path.Combine(outputFolder, BuildManifest.FileName);
        outputs.Stage(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, WriterOptions);
            Write(json, manifest);
            json.Flush();
            stream.WriteByte((byte)'\n');
        }, cancellation);
        return path;
    }

    internal static void Write(Utf8JsonWriter json, BuildManifest manifest)
    {
        json.WriteStartObject();
        json.WriteStartObject("engine");
        json.WriteString("commit", manifest.Engine.Commit);
        json.WriteString("version", manifest.Engine.Version);
        json.WriteEndObject();
        json.WriteStartArray("expectations");
        foreach (var expectation in manifest.Expectations) WriteExpectation(json, expectation);
        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var file in manifest.Files) WriteFile(json, file);
        json.WriteEndArray();
        json.WriteString("format", BuildManifest.Format);
        json.WriteStartArray("reports");
        foreach (var report in manifest.Reports)
        {
            json.WriteStartObject();
            json.WriteString("id", report.Id);
            json.WriteStartObject("parameters");
            foreach (var (key, value) in report.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(key);
                WriteValue(json, value);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteSnapshot(json, manifest.Snapshot);
        json.WriteStartArray("warnings");
        foreach (var warning in manifest.Warnings) WriteDiagnostic(json, warning);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteExpectation(Utf8JsonWriter json, ExpectationResult expectation)
    {
        // The human text ("35.4 ± 2") beside the same in numbers (expected_value, tolerance, minimum, maximum, actual_value).
        var numbers = expectation.Numbers;
        json.WriteStartObject();
        json.WriteString("actual", expectation.Actual);
        WriteNullable(json, "actual_value", numbers?.Actual);
        json.WriteString("description", expectation.Description);
        json.WriteString("expected", expectation.Expected);
        WriteNullable(json, "expected_value", numbers?.Value);
        WriteNullable(json, "file", expectation.Location?.File);
        WriteNullable(json, "key", string.IsNullOrEmpty(expectation.KeyPath) ? null : expectation.KeyPath);
        WriteNullable(json, "line", expectation.Location?.Line);
        WriteNullable(json, "maximum", numbers?.Maximum);
        WriteNullable(json, "minimum", numbers?.Minimum);
        json.WriteBoolean("passed", expectation.Passed);
        WriteNullable(json, "tolerance", numbers?.Tolerance);
        WriteNullable(json, "published", expectation.Published);
        json.WriteEndObject();
    }

    public static void WriteFile(Utf8JsonWriter json, ManifestFile file)
    {
        json.WriteStartObject();
        json.WriteNumber("bytes", file.Bytes);
        json.WriteString("path", file.Path);
        json.WriteString("sha256", file.Sha256);
        json.WriteEndObject();
    }

    private static void WriteSnapshot(Utf8JsonWriter json, ManifestSnapshot snapshot)
    {
        json.WriteStartObject("snapshot");
        json.WriteNumber("bytes", snapshot.Bytes);
        json.WriteString("file", snapshot.FileName);
        json.WriteStartObject("meta");
        foreach (var (key, value) in snapshot.Meta.OrderBy(m => m.Key, StringComparer.Ordinal))
            json.WriteString(key, value);
        json.WriteEndObject();
        json.WriteString("sha256", snapshot.Sha256);
        json.WriteStartArray("sources");
        foreach (var source in snapshot.Sources)
        {
            json.WriteStartObject();
            json.WriteString("as_of", source.AsOf);
            json.WriteString("format", source.Format);
            json.WriteString("generation", source.Generation);
            json.WriteNumber("rows_kept", source.RowsKept);
            json.WriteString("sha256", source.Sha256);
            json.WriteString("source_name", source.SourceName);
            json.WriteBoolean("synthetic", source.Synthetic);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>{severity, message, file, line, column, key, suggestion}; absent parts are null.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        WriteNullable(json, "column", diagnostic.Location?.Column);
        WriteNullable(json, "file", diagnostic.Location?.File);
        WriteNullable(json, "key", string.IsNullOrEmpty(diagnostic.KeyPath) ? null : diagnostic.KeyPath);
        WriteNullable(json, "line", diagnostic.Location?.Line);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        WriteNullable(json, "suggestion", diagnostic.Suggestion);
        json.WriteEndObject();
    }

    /// <summary>A parameter value as YAML typed it: number, boolean, string, date (ISO-8601) or null.</summary>
    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l: json.WriteNumberValue(l); break;
            case int i: json.WriteNumberValue(i); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case DateTime t: json.WriteStringValue(t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)); break;
            case DateOnly date: json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IEnumerable<object?> items when value is not string:
                json.WriteStartArray();
                foreach (var item in items) WriteValue(json, item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteNumber(name, value.Value);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteNumber(name, value.Value);
    }
}
