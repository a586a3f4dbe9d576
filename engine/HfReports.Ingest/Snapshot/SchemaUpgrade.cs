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
    /// <summary>The tables (and their indexes) that data/clean.sql derives and an earlier file may lack, by the statements of
    /// data/schema.sql that create them: version 2's `human_authors` and version 3's `models_source`.</summary>
    private static readonly (string Table, string[] Statements)[] DerivedTables =
    [
        ("human_authors", ["CREATE TABLE human_authors", "CREATE INDEX human_authors_by_repos"]),
        ("models_source", ["CREATE TABLE models_source"]),
    ];

    /// <summary>The columns of `models` that data/clean.sql derives and an earlier file may lack: version 2's three, and
    /// merge_lineage, which version 1 files of the first releases were written without. SQLite adds a NOT NULL column
    /// only with a default; clean.sql writes every row's value anyway.</summary>
    private static readonly (string Column, string Definition)[] DerivedModelColumns =
    [
        ("merge_lineage", "INTEGER NOT NULL DEFAULT 0"),
        ("name_rank", "INTEGER NOT NULL DEFAULT 0"),
        ("base_model", "TEXT"),
        ("num_of_authors", "INTEGER"),
    ];

    /// <summary>The version the snapshot says it has, checked to be one this build can bring up to date.</summary>
    /// <returns>Null for a snapshot being created (its tables are this build's data/schema.sql; its meta is written last).</returns>
    /// <exception cref="Import.ImportEnvironmentException">The version is not a number, or newer than this build writes.</exception>
    internal static int? Check(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        var text = SnapshotMeta.Get(connection, SnapshotMeta.SchemaVersion, transaction);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
            throw new Import.ImportEnvironmentException($"{connection.DataSource}: snapshot_meta holds schema_version '{text}', not a version number");
        if (version > SnapshotSchema.Version)
            throw new Import.ImportEnvironmentException($"{connection.DataSource}: snapshot schema version {version} is newer than this hfreports writes ({SnapshotSchema.Version}); update hfreports");
        return version;
    }

    /// <summary>Upgrades inside the caller's transaction; a snapshot already at the current version is left alone.</summary>
    /// <returns>The version the snapshot had (the current one for a snapshot being created).</returns>
    /// <exception cref="Import.ImportEnvironmentException">The version is not a number, or newer than this build writes.</exception>
    internal static int Apply(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var version = Check(connection, transaction) ?? SnapshotSchema.Version;
        if (version == SnapshotSchema.Version) return version;
        var columns = connection.Query<string>("SELECT name FROM pragma_table_info('models')", transaction: transaction).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, definition) in DerivedModelColumns.Where(c => !columns.Contains(c.Column)))
            connection.Execute($"ALTER TABLE models ADD COLUMN {column} {definition}", transaction: transaction);
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'", transaction: transaction).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, statements) in DerivedTables.Where(t => !tables.Contains(t.Table)))
            foreach (var statement in statements)
                connection.Execute(SnapshotSchema.Statement(statement), transaction: transaction);
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
            var version = Check(connection, transaction)
                ?? throw new Import.ImportEnvironmentException($"{path}: snapshot_meta has no schema_version (is it an HfReports snapshot?)");
            if (version == SnapshotSchema.Version) return version;
            ModelsTable.Rebuild(connection, transaction);
            cancellation.ThrowIfCancellationRequested();
            transaction.Commit();
            return version;
        });
    }
}
