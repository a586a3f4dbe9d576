using Dapper;
using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Import;

/// <summary>Read-only questions the tests ask of a snapshot.</summary>
public static class SnapshotQueries
{
    public static T Scalar<T>(string snapshot, string sql, object? parameters = null)
    {
        using var connection = SnapshotConnection.OpenReadWrite(snapshot, create: false);
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public static List<T> List<T>(string snapshot, string sql, object? parameters = null)
    {
        using var connection = SnapshotConnection.OpenReadWrite(snapshot, create: false);
        return connection.Query<T>(sql, parameters).ToList();
    }

    public static Dictionary<string, int> Counts(string snapshot, string sql)
    {
        using var connection = SnapshotConnection.OpenReadWrite(snapshot, create: false);
        return connection.Query<(string Key, int Count)>(sql).ToDictionary(row => row.Key, row => row.Count);
    }

    public static SqliteConnection Open(string snapshot) => SnapshotConnection.OpenReadWrite(snapshot, create: false);
}
