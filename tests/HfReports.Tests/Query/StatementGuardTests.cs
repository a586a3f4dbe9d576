using HfReports.Engine.Query;
using HfReports.Tests.Hardening;
using HfReports.Tests.Support;

namespace HfReports.Tests.Query;

/// <summary>
/// The guard's check before a run, statement by statement: what it lets through, and the words it refuses each kind
/// of statement with (written here from the rules in SECURITY.md, not copied from the guard).
/// </summary>
public sealed class StatementGuardTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteSnapshot _database;

    public StatementGuardTests()
    {
        var path = _folder.File("snapshot.db");
        HostileSnapshot.Write(path);
        _database = SqliteSnapshot.Open(path);
    }

    [Theory]
    [InlineData("detach main", "DETACH is refused: a query reads the snapshot only")]
    [InlineData("savepoint before_write", "transactions are refused: a query only reads")]
    [InlineData("commit", "transactions are refused: a query only reads")]
    [InlineData("create table t(x int)", "CREATE TABLE is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("create temp table t(x int)", "CREATE TABLE is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("create index i on hostile(kind)", "CREATE INDEX is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("create view v as select 1", "CREATE VIEW is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("create trigger t after insert on hostile begin select 1; end", "CREATE TRIGGER is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("drop table hostile", "DROP is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("drop view if exists v", "DROP statements are refused: the snapshot is read-only and a data block runs a single SELECT")] // no such view: no action to refuse, but not a query
    [InlineData("alter table hostile add column extra text", "ALTER TABLE is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("reindex", "REINDEX is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("analyze", "ANALYZE is refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("update hostile set label = 'x'", "writing to 'hostile' is refused: the snapshot is read-only")]
    [InlineData("insert into hostile(kind) values ('x')", "writing to 'hostile' is refused: the snapshot is read-only")]
    [InlineData("PRAGMA Cache_Size = 1", "PRAGMA Cache_Size = 1 is refused: a query cannot change the connection's settings")]
    [InlineData("-- a note\n/* and a block */  vacuum", "VACUUM statements are refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("select 1; drop table hostile", "the query holds more than one SQL statement; a data block runs a single SELECT")]
    [InlineData("select 1; select 2 -- and a comment", "the query holds more than one SQL statement; a data block runs a single SELECT")]
    public void Each_kind_of_statement_is_refused_in_its_own_words(string sql, string message)
    {
        var error = Assert.Throws<QueryRefusedException>(() => _database.Guard.Prepare(sql));
        Assert.StartsWith(message, error.Message);
    }

    [Theory]
    [InlineData("select count(*) from hostile")]
    [InlineData("with recursive c(x) as (select 1 union all select x + 1 from c where x < 3) select x from c")]
    [InlineData("select 1;")]
    [InlineData("select 1; -- nothing after it but a comment\n  ")]
    [InlineData("PRAGMA TABLE_INFO(hostile)")]
    [InlineData("pragma Page_Count")]
    [InlineData("pragma table_info")]
    [InlineData("select upper(kind), length(label) from hostile")]
    public void Reading_statements_are_prepared(string sql)
    {
        using var statement = _database.Guard.Prepare(sql);
        Assert.NotNull(statement);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("-- only a comment")]
    [InlineData("/* only a comment */")]
    public void Blanks_and_comments_prepare_nothing(string sql) => Assert.Null(_database.Guard.Prepare(sql));

    [Fact]
    public void A_refusal_does_not_carry_over_to_the_next_statement()
    {
        Assert.Throws<QueryRefusedException>(() => _database.Guard.Prepare("create table t(x int)"));
        using var statement = _database.Guard.Prepare("select 1");
        Assert.NotNull(statement);
    }

    [Fact]
    public void A_statement_that_does_not_compile_is_sqlite_s_error()
    {
        var error = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => _database.Guard.Prepare("select from where"));
        Assert.Contains("syntax error", error.Message);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
