using HfReports.Engine.Query;

using HfReports.Engine.Spec;

namespace HfReports.Tests.Backends;

public sealed class SnapshotLocationTests
{
    [Theory]
    [InlineData("data/demo.db", SnapshotEngine.Sqlite)]
    [InlineData("/tmp/x.sqlite", SnapshotEngine.Sqlite)]
    [InlineData("data/big.duckdb", SnapshotEngine.DuckDb)]
    [InlineData("BIG.DUCKDB", SnapshotEngine.DuckDb)]
    [InlineData("postgres://reports@127.0.0.1:5433/hub", SnapshotEngine.Postgres)]
    [InlineData("postgresql://db.internal/hub", SnapshotEngine.Postgres)]
    [InlineData("Host=127.0.0.1;Port=5433;Database=hub;Username=reports", SnapshotEngine.Postgres)]
    [InlineData("data/host=1.db", SnapshotEngine.Sqlite)]
    public void The_engine_follows_from_the_location(string location, SnapshotEngine engine) =>
        Assert.Equal(engine, SnapshotLocation.EngineOf(location));

    [Fact]
    public void Files_are_made_absolute_and_servers_left_as_written()
    {
        Assert.Equal("/base/data/x.duckdb", SnapshotLocation.Resolve("data/x.duckdb", "/base"));
        Assert.Equal("postgres://u@h/db", SnapshotLocation.Resolve("postgres://u@h/db", "/base"));
    }

    [Theory]
    [InlineData("postgres://reports:secret@127.0.0.1/hub")]
    [InlineData("Host=127.0.0.1;Database=hub;Username=reports;Password=secret")]
    public void A_location_holding_a_password_is_refused_without_printing_it(string location)
    {
        var error = Assert.Throws<SnapshotException>(() => PostgresLocation.ConnectionString(location));
        Assert.Contains("PGPASSWORD", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Theory]
    [InlineData("postgres://u@h/db?sslmode", "snapshot 'postgres://u@h/db?sslmode' is not a PostgreSQL location: the URL option 'sslmode' has no value; " +
        "write postgres://user@host:port/database or Host=...;Database=...")]
    [InlineData("mysql://u@h/db", "snapshot 'mysql://u@h/db' is not a PostgreSQL location: the URL cannot be read; write postgres://user@host:port/database or Host=...;Database=...")]
    public void A_location_that_cannot_be_read_is_refused_saying_how_to_write_one(string location, string message) =>
        Assert.Equal(message, Assert.Throws<SnapshotException>(() => PostgresLocation.ConnectionString(location)).Message);

    [Fact]
    public void A_url_becomes_a_connection_string_with_its_parts()
    {
        var text = PostgresLocation.ConnectionString("postgres://reports@127.0.0.1:5433/hub?sslmode=disable");
        Assert.Contains("Host=127.0.0.1", text);
        Assert.Contains("Port=5433", text);
        Assert.Contains("Database=hub", text);
        Assert.Contains("Username=reports", text);
        Assert.DoesNotContain("Password", text);
    }

    [Theory]
    [InlineData("select :a, @b, $c, :a", "select $1, $2, $3, $1", new[] { "a", "b", "c" })]
    [InlineData("select ':a', \":b\", x::text -- :c\n/* :d */ from t where y = :e;", "select ':a', \":b\", x::text -- :c\n/* :d */ from t where y = $1;", new[] { "e" })]
    [InlineData("select 'it''s :a' as t, $$ :b $$ from t", "select 'it''s :a' as t, $$ :b $$ from t", new string[0])]
    public void Named_parameters_become_numbered_outside_text_and_comments(string sql, string expected, string[] names)
    {
        Assert.Equal(expected, NamedParameters.Rewrite(sql, out var found, out _, out _));
        Assert.Equal(names, found);
    }

    [Fact]
    public void The_significant_end_leaves_out_trailing_semicolons_and_comments()
    {
        const string sql = "select 1 as a; -- done\n";
        NamedParameters.Rewrite(sql, out _, out _, out var end);
        Assert.Equal("select 1 as a", sql[..end]);
    }
}
