using System.Reflection;

namespace HfReports.Ingest.Snapshot;

/// <summary>The documented snapshot schema (data/schema.sql), cleaning script (data/clean.sql) and the
/// indexes of its result (data/models-indexes.sql), embedded.</summary>
public static class SnapshotSchema
{
    public const int Version = 3;

    public static string CreateScript { get; } = ReadResource("HfReports.Ingest.schema.sql");

    /// <summary>Rebuilds the cleaned `models` table from the current import; run after every change of the data.</summary>
    public static string CleanScript { get; } = ReadResource("HfReports.Ingest.clean.sql");

    /// <summary>Builds the secondary indexes of `models`, which <see cref="CleanScript"/> drops.</summary>
    public static string ModelsIndexScript { get; } = ReadResource("HfReports.Ingest.models-indexes.sql");

    /// <summary>The statement of <see cref="CreateScript"/> that starts with <paramref name="start"/>, up to the line whose
    /// code (the text before a "--" comment, which may hold a ';' of its own) ends with ';'.</summary>
    internal static string Statement(string start)
    {
        var at = CreateScript.IndexOf(start, StringComparison.Ordinal);
        if (at >= 0)
        {
            var statement = new System.Text.StringBuilder();
            foreach (var line in CreateScript[at..].Split('\n'))
            {
                var code = line.Split("--")[0].TrimEnd();
                statement.AppendLine(code);
                if (code.EndsWith(';')) return statement.ToString().TrimEnd().TrimEnd(';');
            }
        }
        throw new InvalidOperationException($"data/schema.sql has no statement '{start} ...;'");
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
