using Dapper;
using HfReports.Ingest.Snapshot;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Hub;

/// <summary>A small snapshot file with one import and one leaderboard entry per model, in a fresh subfolder of the
/// test's temporary folder (deleted with it).</summary>
internal static class TestSnapshot
{
    public static string Create(TempFolder temp, IEnumerable<string> fullnames)
    {
        var path = temp.File(Path.Combine(Guid.NewGuid().ToString("N"), "snapshot.db"));
        var names = fullnames.ToList();
        using var file = new NewSnapshotFile(path);
        var connection = file.Connection;
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                """
                INSERT INTO imports(import_id, source_name, sha256, format, generation, as_of, imported_at, rows_read, rows_kept)
                VALUES (1, 'test.csv', 'test', 'v1-csv', 'v1', '2024-06-15', '2024-06-15T00:00:00Z', @count, @count)
                """, new { count = names.Count }, transaction);
            connection.Execute(
                """
                INSERT INTO leaderboard_entries(import_id, fullname, model_type, average, submitted_at, is_flagged, is_merged, is_moe, params_b)
                VALUES (1, @fullname, 'pretrained', 50, '2024-02-01T00:00:00Z', 0, 0, 0, 7)
                """, names.Select(fullname => new { fullname }), transaction);
            ModelsTable.Rebuild(connection, transaction);
            transaction.Commit();
        }
        file.Complete();
        return path;
    }

    public static SqliteConnection Open(string path) => SnapshotConnection.OpenReadWrite(path, create: false);

    public static T Scalar<T>(string path, string sql, object? parameters = null)
    {
        using var connection = Open(path);
        return connection.ExecuteScalar<T>(sql, parameters)!;
    }

    public static List<T> Query<T>(string path, string sql, object? parameters = null)
    {
        using var connection = Open(path);
        return connection.Query<T>(sql, parameters).ToList();
    }
}
