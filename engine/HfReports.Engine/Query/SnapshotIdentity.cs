using Dapper;

namespace HfReports.Engine.Query;

/// <summary>What a build needs to know about its snapshot: schema version, creation time, and whether it is synthetic.</summary>
public sealed record SnapshotIdentity(int SchemaVersion, DateTime CreatedAt, bool Synthetic, IReadOnlyDictionary<string, string> Meta)
{
    public const int SupportedSchemaVersion = 1;

    public static SnapshotIdentity Read(SnapshotDatabase database)
    {
        Dictionary<string, string> meta;
        try
        {
            meta = database.Connection.Query<(string Key, string Value)>("SELECT key, value FROM snapshot_meta ORDER BY key")
                .ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new SnapshotException($"'{database.Path}' is not an HfReports snapshot: {e.Message}");
        }
        if (!meta.TryGetValue("schema_version", out var versionText) || !int.TryParse(versionText, out var version))
            throw new SnapshotException($"'{database.Path}' has no schema_version in snapshot_meta");
        if (version != SupportedSchemaVersion)
            throw new SnapshotException($"'{database.Path}' has schema version {version}; this engine reads version {SupportedSchemaVersion}");
        var created = meta.TryGetValue("created_at", out var createdText) && Frames.ValueParsing.TryParseDate(createdText, out var parsed)
            ? parsed
            : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var synthetic = meta.TryGetValue("synthetic", out var syntheticText) && syntheticText == "1";
        return new SnapshotIdentity(version, created, synthetic, meta);
    }
}
