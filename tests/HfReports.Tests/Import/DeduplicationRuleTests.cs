using Dapper;
using HfReports.Ingest.Snapshot;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Import;

/// <summary>
/// C1 and C3 of data/clean.sql on hand-made entries: one row per model (the best average; ties to the latest
/// submission), and a model whose best entry is flagged is removed, not replaced by its next-best entry.
/// </summary>
public sealed class DeduplicationRuleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private Dictionary<string, double> Models(params (string Name, double Average, string Submitted, int Flagged)[] entries)
    {
        var path = _folder.File($"{Guid.NewGuid():N}.db");
        using var file = new NewSnapshotFile(path);
        var connection = file.Connection;
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                """
                INSERT INTO imports(import_id, source_name, sha256, format, generation, as_of, imported_at, rows_read, rows_kept)
                VALUES (1, 'dedup.csv', 'dedup', 'v1-csv', 'v1', '2024-06-15', '2024-06-15T00:00:00Z', 0, 0)
                """, transaction: transaction);
            foreach (var (name, average, submitted, flagged) in entries)
                connection.Execute(
                    """
                    INSERT INTO leaderboard_entries(import_id, fullname, model_type, average, submitted_at, is_flagged, is_merged, is_moe, params_b)
                    VALUES (1, @name, 'pretrained', @average, @submitted, @flagged, 0, 0, 7)
                    """, new { name, average, submitted, flagged }, transaction);
            ModelsTable.Rebuild(connection, transaction);
            transaction.Commit();
        }
        var models = file.Connection.Query<(string Name, double Average)>("SELECT fullname, average FROM models")
            .ToDictionary(row => row.Name, row => row.Average);
        file.Complete();
        SqliteConnection.ClearAllPools();
        return models;
    }

    [Fact]
    public void A_model_whose_best_entry_is_flagged_is_removed_even_if_a_worse_entry_is_not()
    {
        var models = Models(
            ("a/flagged-best", 70, "2024-01-01T00:00:00Z", 1),
            ("a/flagged-best", 60, "2024-02-01T00:00:00Z", 0),
            ("b/flagged-worse", 70, "2024-01-01T00:00:00Z", 0),
            ("b/flagged-worse", 60, "2024-02-01T00:00:00Z", 1));

        Assert.Equal(new Dictionary<string, double> { ["b/flagged-worse"] = 70 }, models);
    }

    [Fact]
    public void The_best_average_wins_and_a_tie_goes_to_the_latest_submission()
    {
        var models = Models(
            ("a/one", 60, "2024-03-01T00:00:00Z", 0),
            ("a/one", 65, "2024-01-01T00:00:00Z", 0),
            ("b/two", 50, "2024-01-01T00:00:00Z", 0),
            ("b/two", 50, "2024-02-01T00:00:00Z", 1)); // the tie's latest entry is the flagged one: the model goes

        Assert.Equal(new Dictionary<string, double> { ["a/one"] = 65 }, models);
    }

    public void Dispose() => _folder.Dispose();
}
