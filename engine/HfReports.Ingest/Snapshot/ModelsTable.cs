using Dapper;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Snapshot;

/// <summary>The cleaned one-row-per-model table, derived from the other tables by data/clean.sql.</summary>
internal static class ModelsTable
{
    /// <summary>
    /// Page cache while the indexes are built (KiB). SQLite gives its sorter as much memory as the page
    /// cache: a small budget splits each million-key sort into runs that worker threads sort in
    /// parallel, which measured ~1 s faster over the four indexes of a million models than one big sort.
    /// </summary>
    private const int IndexBuildCacheKiB = 8192;

    /// <summary>Rebuilds `models` and its indexes inside the caller's transaction, after bringing a snapshot of an earlier
    /// schema version up to date; every builder calls it after changing data.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction? transaction)
    {
        SchemaUpgrade.Apply(connection, transaction);
        connection.Execute(SnapshotSchema.CleanScript, transaction: transaction);

        var cacheSize = connection.ExecuteScalar<long>("PRAGMA cache_size", transaction: transaction);
        var threads = connection.ExecuteScalar<long>("PRAGMA threads", transaction: transaction);
        connection.Execute($"PRAGMA cache_size = -{IndexBuildCacheKiB}; PRAGMA threads = {Math.Min(Environment.ProcessorCount, 4)}", transaction: transaction);
        try
        {
            connection.Execute(SnapshotSchema.ModelsIndexScript, transaction: transaction);
        }
        finally
        {
            connection.Execute($"PRAGMA cache_size = {cacheSize}; PRAGMA threads = {threads}", transaction: transaction);
        }
    }
}
