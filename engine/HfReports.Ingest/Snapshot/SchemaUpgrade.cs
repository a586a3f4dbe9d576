using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Snapshot;

/// <summary>
/// Brings a snapshot of an earlier schema version to <see cref="SnapshotSchema.Version"/> in place, keeping every row:
/// the versions differ only in what data/clean.sql derives, so adding the missing columns and tables is enough, and the
/// rebuild that follows (<see cref="ModelsTable.Rebuild"/>) fills them.
/// </summary>
public static class SchemaUpgrade
{
    /// <summary>Version 1 to 2: the derived columns of `models` and the `human_authors` table (data/schema.sql). SQLite adds a
    /// NOT NULL column only with a default; clean.sql writes every row's value anyway.</summary>
    private static readonly string[] From1 =
    [
        "ALTER TABLE models ADD COLUMN name_rank INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE models ADD COLUMN base_model TEXT",
        "ALTER TABLE models ADD COLUMN num_of_authors INTEGER",
        SnapshotSchema.Statement("CREATE TABLE human_authors"),
        SnapshotSchema.Statement("CREATE INDEX human_authors_by_repos"),
    ];

    /// <summary>Upgrades inside the caller's transaction; a snapshot already at the current version is left alone.</summary>
    /// <returns>The version the snapshot had.</returns>
    /// <exception cref="Import.ImportEnvironmentException">The version is not a number, or newer than this build writes.</exception>
    internal static int Apply(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var text = connection.QuerySingleOrDefault<string?>("SELECT value FROM snapshot_meta WHERE key = @key", new { key = SnapshotMeta.SchemaVersion }, transaction);
        // A snapshot being created has its tables from this build's data/schema.sql; its meta is written at the end.
        if (text is null) return SnapshotSchema.Version;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
            throw new Import.ImportEnvironmentException($"{connection.DataSource}: snapshot_meta holds schema_version '{text}', not a version number");
        if (version == SnapshotSchema.Version) return version;
        if (version > SnapshotSchema.Version)
            throw new Import.ImportEnvironmentException($"{connection.DataSource}: snapshot schema version {version} is newer than this hfreports writes ({SnapshotSchema.Version}); update hfreports");
        foreach (var statement in From1) connection.Execute(statement, transaction: transaction);
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.SchemaVersion, SnapshotSchema.Version.ToString(CultureInfo.InvariantCulture));
        return version;
    }

    /// <summary>`hfreports snapshot upgrade`: upgrades a SQLite snapshot file and rebuilds what clean.sql derives, in one
    /// transaction (a failure or an interruption leaves the file as it was).</summary>
    /// <returns>The version the file had; <see cref="SnapshotSchema.Version"/> when it was already current (nothing written).</returns>
    public static int UpgradeFile(string path, CancellationToken cancellation)
    {
        using var connection = SnapshotConnection.OpenReadWrite(path, create: false);
        return SqliteInterruption.Run(connection, cancellation, () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var version = connection.QuerySingleOrDefault<string?>("SELECT value FROM snapshot_meta WHERE key = @key", new { key = SnapshotMeta.SchemaVersion }, transaction);
            if (version == SnapshotSchema.Version.ToString(CultureInfo.InvariantCulture)) return SnapshotSchema.Version;
            if (version is null)
                throw new Import.ImportEnvironmentException($"{path}: snapshot_meta has no schema_version (is it an HfReports snapshot?)");
            var from = Apply(connection, transaction);
            ModelsTable.Rebuild(connection, transaction);
            cancellation.ThrowIfCancellationRequested();
            transaction.Commit();
            return from;
        });
    }
}
