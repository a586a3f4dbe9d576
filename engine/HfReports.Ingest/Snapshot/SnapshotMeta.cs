using Dapper;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Snapshot;

/// <summary>Reads and writes the key/value facts of `snapshot_meta`.</summary>
internal static class SnapshotMeta
{
    public const string SchemaVersion = "schema_version";
    public const string CreatedAt = "created_at";
    public const string Synthetic = "synthetic";
    public const string Generator = "generator";

    public static void Set(SqliteConnection connection, SqliteTransaction? transaction, string key, string value) =>
        connection.Execute(
            "INSERT INTO snapshot_meta(key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            new { key, value }, transaction);

    public static string? Get(SqliteConnection connection, string key, SqliteTransaction? transaction = null) =>
        connection.QuerySingleOrDefault<string?>("SELECT value FROM snapshot_meta WHERE key = @key", new { key }, transaction);
}
