using Dapper;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Snapshot;

/// <summary>The cleaned one-row-per-model table, derived from the other tables by data/clean.sql.</summary>
public static class ModelsTable
{
    /// <summary>Rebuilds `models` inside the caller's transaction; every builder calls it after changing data.</summary>
    public static void Rebuild(SqliteConnection connection, SqliteTransaction? transaction) =>
        connection.Execute(SnapshotSchema.CleanScript, transaction: transaction);
}
