using Dapper;
using HfReports.Ingest.Snapshot;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Import;

public sealed class PreparedInsertTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteConnection _connection;

    public PreparedInsertTests()
    {
        _connection = SnapshotConnection.OpenReadWrite(_folder.File("t.db"), create: true);
        _connection.Execute("CREATE TABLE t (name TEXT NOT NULL, score REAL, n INTEGER, flag INTEGER)");
    }

    private List<(string Name, double? Score, long? N, long? Flag)> Rows() =>
        _connection.Query<(string, double?, long?, long?)>("SELECT name, score, n, flag FROM t ORDER BY rowid").ToList();

    [Fact]
    public void Typed_values_and_nulls_are_stored_and_a_null_never_inherits_the_previous_rows_value()
    {
        using (var insert = new PreparedInsert(_connection, "t", "name", "score", "n", "flag"))
        {
            insert.Add("a").Add(1.5).Add(7L).Add(true).Insert();
            insert.Add("b").Add((double?)null).Add((long?)null).Add((bool?)null).Insert();
            insert.Run("c", 2.5, 3, false);
            insert.Run("d", null, null, null);
        }
        Assert.Equal([("a", 1.5, 7L, 1L), ("b", null, null, null), ("c", 2.5, 3L, 0L), ("d", null, null, null)], Rows());
    }

    [Fact]
    public void A_row_with_too_few_values_is_refused_and_the_next_row_starts_afresh()
    {
        using var insert = new PreparedInsert(_connection, "t", "name", "score", "n", "flag");
        insert.Add("a").Add(1.0);
        var problem = Assert.Throws<InvalidOperationException>(insert.Insert);
        Assert.Equal("2 values were given for 4 columns", problem.Message);
        insert.Add("b").Add(2.0).Add(1L).Add(false).Insert();
        Assert.Equal([("b", 2.0, 1L, 0L)], Rows());
    }

    [Fact]
    public void A_failed_insert_names_the_constraint_and_the_statement_stays_usable()
    {
        using var insert = new PreparedInsert(_connection, "t", "name", "score", "n", "flag");
        var problem = Assert.Throws<SqliteException>(() => insert.Run(null, 1.0, 1, true));
        Assert.Contains("NOT NULL constraint failed: t.name", problem.Message);
        insert.Run("ok", 1.0, 1, true);
        Assert.Equal([("ok", 1.0, 1L, 1L)], Rows());
    }

    public void Dispose()
    {
        _connection.Dispose();
        _folder.Dispose();
    }
}
