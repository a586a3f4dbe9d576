using DuckDB.NET.Data;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Tests.Support;

namespace HfReports.Tests.Backends;

/// <summary>The DuckDB backend on a small hand-made database: values in SQLite's kinds, bound parameters, and the
/// read-only guarantees (refusals named, nothing written, no file or extension reached, time limit, cancellation).</summary>
public sealed class DuckDbSnapshotTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _path;

    public DuckDbSnapshotTests()
    {
        _path = _folder.File("s.duckdb");
        using var connection = new DuckDBConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            create table models (fullname varchar not null, params_b double, likes bigint, created_at varchar, merged boolean, day date);
            insert into models values ('a/x', 7.0, 12, '2024-01-02T10:00:00Z', true, '2024-01-02'), ('b/y', null, null, null, false, null);
            """;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _folder.Dispose();

    private static Dictionary<string, object?> Params(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void Values_come_back_in_sqlite_kinds_and_parameters_are_bound()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        Assert.IsType<DuckDbSnapshot>(database);
        var frame = QueryRunner.Run(database,
            "select fullname, params_b, likes, created_at, merged, day, count(*) over () as n, 7 / 2 as q from models where fullname <> :name or :name is null order by fullname",
            Params(("name", "b/y' or '1'='1")));
        Assert.Equal(2, frame.RowCount);
        Assert.Equal("a/x", frame["fullname"][0]);
        Assert.Equal("b/y", frame["fullname"][1]);
        Assert.Equal(7.0, frame["params_b"][0]);
        Assert.Null(frame["params_b"][1]);
        Assert.Equal(ColumnType.Integer, frame["likes"].Type);
        Assert.Equal(12L, frame["likes"][0]);
        Assert.Equal(1L, frame["merged"][0]);
        Assert.Equal(ColumnType.Date, frame["created_at"].Type);
        Assert.Equal(new DateTime(2024, 1, 2, 0, 0, 0), ((DateTime)frame["day"][0]!).Date);
        Assert.Equal(2L, frame["n"][0]);
        Assert.Equal(3.5, frame["q"][0]); // DuckDB's '/' divides exactly; SQLite's gives 3 (reports/DSL.md)
    }

    [Fact]
    public void A_missing_parameter_is_named()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        var error = Assert.Throws<MissingParameterException>(() => QueryRunner.Run(database, "select * from models where fullname = :who", Params()));
        Assert.Equal(":who", error.Written);
    }

    [Theory]
    [InlineData("insert into models (fullname) values ('c/z')", "INSERT statements are refused")]
    [InlineData("update models set likes = 0", "UPDATE statements are refused")]
    [InlineData("delete from models", "DELETE statements are refused")]
    [InlineData("create table t (a int)", "CREATE statements are refused")]
    [InlineData("create temp table t as select 1", "CREATE statements are refused")]
    [InlineData("drop table models", "DROP statements are refused")]
    [InlineData("attach 'other.duckdb' as other", "ATTACH statements are refused")]
    [InlineData("copy models to 'out.csv'", "COPY statements are refused")]
    [InlineData("export database 'dump'", "EXPORT statements are refused")]
    [InlineData("install httpfs", "INSTALL statements are refused")]
    [InlineData("load httpfs", "LOAD statements are refused")]
    [InlineData("set enable_external_access = true", "SET statements are refused")]
    [InlineData("pragma enable_profiling", "PRAGMA statements are refused")]
    [InlineData("checkpoint", "CHECKPOINT statements are refused")]
    [InlineData("begin transaction", "BEGIN statements are refused")]
    [InlineData("select 1; select 2", "more than one SQL statement")]
    [InlineData("select 1 as a; drop table models", "more than one SQL statement")]
    [InlineData("select * from models where fullname = ?", "positional parameters")]
    public void Anything_but_one_select_is_refused_by_name(string sql, string expected)
    {
        var before = File.ReadAllBytes(_path);
        using (var database = SnapshotDatabase.OpenReadOnly(_path))
        {
            var error = Assert.Throws<QueryRefusedException>(() => QueryRunner.Run(database, sql, Params()));
            Assert.Contains(expected, error.Message);
            Assert.Equal(2, QueryRunner.Run(database, "select * from models", Params()).RowCount);
        }
        Assert.Equal(before, File.ReadAllBytes(_path));
        Assert.Equal(["s.duckdb"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("select * from read_csv('/etc/passwd')")]
    [InlineData("select * from read_text('/etc/hostname')")]
    [InlineData("select * from 'other.parquet'")]
    [InlineData("select * from read_json_auto('http://127.0.0.1:9/x.json')")]
    [InlineData("select * from glob('/etc/*')")]
    public void Selects_cannot_read_files_or_the_network(string sql)
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        var error = Assert.ThrowsAny<QueryException>(() => QueryRunner.Run(database, sql, Params()));
        Assert.StartsWith("SQL error:", error.Message);
    }

    [Fact]
    public void The_configuration_is_read_only_and_locked()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        var frame = QueryRunner.Run(database, """
            select current_setting('access_mode') as access_mode, current_setting('enable_external_access') as external,
                   current_setting('lock_configuration') as locked, current_setting('autoload_known_extensions') as autoload
            """, Params());
        Assert.Equal("read_only", frame["access_mode"][0]);
        Assert.Equal(0L, frame["external"][0]);
        Assert.Equal(1L, frame["locked"][0]);
        Assert.Equal(0L, frame["autoload"][0]);
    }

    [Fact]
    public void A_slow_query_stops_at_its_time_limit_and_the_connection_goes_on()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        var error = Assert.Throws<QueryTimeoutException>(() => QueryRunner.Run(database,
            "select count(*) from range(100000000000) t(a) where a % 7 = 3", Params(), null, null,
            new QueryLimits(TimeSpan.FromMilliseconds(300), 10)));
        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Limit);
        Assert.Equal(2, QueryRunner.Run(database, "select * from models", Params()).RowCount);
    }

    [Fact]
    public void Cancelling_the_build_stops_a_running_query()
    {
        using var database = SnapshotDatabase.OpenReadOnly(_path);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        Assert.ThrowsAny<OperationCanceledException>(() => QueryRunner.Run(database,
            "select count(*) from range(100000000000) t(a) where a % 7 = 3", Params(), null, null, QueryLimits.Default, cancel.Token));
    }

    [Fact]
    public void A_file_that_is_not_duckdb_is_a_snapshot_error()
    {
        var path = _folder.File("bad.duckdb");
        File.WriteAllText(path, "not a database");
        var error = Assert.Throws<SnapshotException>(() => SnapshotDatabase.OpenReadOnly(path));
        Assert.Contains("cannot be opened as a DuckDB database", error.Message);
        Assert.Throws<SnapshotException>(() => SnapshotDatabase.OpenReadOnly(_folder.File("missing.duckdb")));
    }
}
