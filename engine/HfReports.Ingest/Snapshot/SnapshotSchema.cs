using System.Reflection;

namespace HfReports.Ingest.Snapshot;

/// <summary>The documented snapshot schema (data/schema.sql), cleaning script (data/clean.sql) and the
/// indexes of its result (data/models-indexes.sql), embedded.</summary>
public static class SnapshotSchema
{
    public const int Version = 1;

    public static string CreateScript { get; } = ReadResource("HfReports.Ingest.schema.sql");

    /// <summary>Rebuilds the cleaned `models` table from the current import; run after every change of the data.</summary>
    public static string CleanScript { get; } = ReadResource("HfReports.Ingest.clean.sql");

    /// <summary>Builds the secondary indexes of `models`, which <see cref="CleanScript"/> drops.</summary>
    public static string ModelsIndexScript { get; } = ReadResource("HfReports.Ingest.models-indexes.sql");

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
