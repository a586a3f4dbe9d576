using HfReports.Engine.Query;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hardening;

/// <summary>The snapshot connection refuses anything but reading, and stops queries that run too long.</summary>
public sealed class SnapshotGuardTests : IDisposable
{
    private static readonly Dictionary<string, object?> NoParameters = new();
    private const string Endless = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c";

    private readonly TempFolder _folder = new();
    private readonly string _path;

    public SnapshotGuardTests()
    {
        _path = _folder.File("snapshot.db");
        HostileSnapshot.Write(_path);
    }

    [Fact]
    public void Vacuum_into_writes_no_copy_and_leaves_the_snapshot_unchanged()
    {
        var before = File.ReadAllBytes(_path);
        var copy = _folder.File("copy.db");
        using (var database = SnapshotDatabase.OpenReadOnly(_path))
        {
            var error = Assert.Throws<QueryRefusedException>(() => QueryRunner.Run(database, $"vacuum into '{copy}'", NoParameters));
            Assert.Contains("VACUUM", error.Message);
        }
        Assert.False(File.Exists(copy));
        Assert.Equal(before, File.ReadAllBytes(_path));
    }

    [Fact]
    public void The_authorizer_also_denies_statements_run_around_the_check()
    {
        using var database = SqliteSnapshot.Open(_path);
        using var command = database.Connection.CreateCommand();
        command.CommandText = "pragma query_only = off";
        var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
        Assert.Contains("not authorized", error.Message);
    }

    [Fact]
    public async Task A_query_that_never_ends_is_interrupted_at_its_time_limit()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        // The guard only keeps a broken engine from hanging the test run; the limit under test is 200 ms.
        var run = Task.Run(() => QueryRunner.Run(database, Endless, NoParameters, null, null, new QueryLimits(TimeSpan.FromMilliseconds(200), 10)));
        var error = await Assert.ThrowsAsync<QueryTimeoutException>(() => run.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Contains("stopped after 200 ms", error.Message);
    }

    [Fact]
    public async Task Cancelling_the_build_interrupts_a_running_query()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => QueryRunner.Run(database, Endless, NoParameters, null, null, QueryLimits.Default, cancel.Token), CancellationToken.None);
        cancel.CancelAfter(100);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public void A_row_limit_stops_reading_an_endless_query_at_the_limit()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        // Every number from 1 on, without end: only the limit ends the read (the time limit would fail the test).
        var (frame, truncated) = QueryRunner.Run(database, "with recursive c(x) as (select 1 union all select x + 1 from c) select x from c",
            NoParameters, null, rowLimit: 10, new QueryLimits(TimeSpan.FromSeconds(30), 100));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (object?)(long)i), Enumerable.Range(0, frame.RowCount).Select(row => frame["x"][row]));
        Assert.True(truncated);
    }

    [Fact]
    public void Snapshot_meta_that_holds_a_key_twice_or_cannot_be_read_is_refused_naming_the_file()
    {
        var twice = _folder.File("twice.db");
        var refused = _folder.File("refused.db");
        SqliteFile.Execute(twice, "CREATE TABLE snapshot_meta(key TEXT, value TEXT); INSERT INTO snapshot_meta VALUES ('as_of', '2024-01-01'), ('as_of', '2024-02-01');");
        SqliteFile.Execute(refused, "CREATE VIEW snapshot_meta AS SELECT name AS key, file AS value FROM pragma_database_list;");

        using (var database = SnapshotDatabase.OpenReadOnly(twice))
            Assert.Equal($"'{twice}' is not a valid HfReports snapshot: snapshot_meta holds the key 'as_of' more than once",
                Assert.Throws<SnapshotException>(() => SnapshotIdentity.Read(database)).Message);
        using (var database = SnapshotDatabase.OpenReadOnly(refused))
            Assert.Equal($"'{refused}' cannot be read: pragma_database_list is refused: it shows where the snapshot is on the build machine",
                Assert.Throws<SnapshotException>(() => SnapshotIdentity.Read(database)).Message);
    }

    [Fact]
    public void The_connection_works_normally_after_an_interrupted_query()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        Assert.Throws<QueryTimeoutException>(() => QueryRunner.Run(database, Endless, NoParameters, null, null, new QueryLimits(TimeSpan.FromMilliseconds(50), 10)));
        var frame = QueryRunner.Run(database, "select count(*) as n from models", NoParameters);
        Assert.Equal(6L, frame["n"][0]);
    }

    [Theory]
    [InlineData("pragma table_info(models)", "name", "fullname")]
    [InlineData("pragma user_version", "user_version", "0")]
    [InlineData("select * from pragma_table_info('models')", "name", "fullname")]
    [InlineData("explain select 1", "opcode", "Init")]
    [InlineData("  -- a comment first\n select 1 as one; ", "one", "1")]
    public void Read_only_statements_run_and_return_their_rows(string sql, string column, string expectedInFirstRows)
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        var frame = QueryRunner.Run(database, sql, NoParameters);
        Assert.Contains(column, frame.ColumnNames);
        var values = frame[column].Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Contains(expectedInFirstRows, values);
    }

    /// <summary>The authorizer alone, without the check before a run: each PRAGMA rule decides by itself.</summary>
    [Theory]
    [InlineData("pragma user_version = 5", false)]     // a reporting PRAGMA given a value sets it
    [InlineData("pragma cache_size", false)]           // neither reporting nor describing
    [InlineData("pragma cache_size = 10", false)]
    [InlineData("pragma user_version", true)]
    [InlineData("pragma table_info(models)", true)]    // a describing PRAGMA's argument is a table name
    [InlineData("pragma index_list('models')", true)]
    public void The_authorizer_decides_each_pragma_on_its_own(string sql, bool allowed)
    {
        using var database = SqliteSnapshot.Open(_path);
        using var command = database.Connection.CreateCommand();
        command.CommandText = sql;
        if (allowed)
        {
            using var reader = command.ExecuteReader();
            while (reader.Read()) { }
        }
        else
        {
            var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
            Assert.Contains("not authorized", error.Message);
        }
    }

    /// <summary>The check before a run names what was refused, one message per rule.</summary>
    [Theory]
    [InlineData("pragma user_version = 5", "PRAGMA user_version = 5 is refused: a query cannot change the connection's settings")]
    [InlineData("pragma cache_size", "PRAGMA cache_size is refused: only PRAGMAs that describe the schema may run")]
    [InlineData("select load_extension('x')", "the function load_extension() is refused")]
    [InlineData("attach 'other.db' as other", "ATTACH is refused")]
    [InlineData("begin", "transactions are refused")]
    [InlineData("delete from models", "writing to 'models' is refused")]
    [InlineData("select 1; select 2", "more than one SQL statement")]
    [InlineData("vacuum", "VACUUM statements are refused")]
    public void The_check_names_the_rule_that_refused(string sql, string message)
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        var error = Assert.Throws<QueryRefusedException>(() => QueryRunner.Run(database, sql, NoParameters));
        Assert.Contains(message, error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
