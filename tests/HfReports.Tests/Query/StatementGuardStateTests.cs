using HfReports.Engine.Query;
using HfReports.Tests.Hardening;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Query;

/// <summary>
/// What the guard remembers between checks (nothing: each statement is judged on its own actions) and what it does
/// once a check is over (it refuses in earnest, also for statements run on the connection without a check); writes
/// to SQLite's own schema table are named as writes when nothing more telling was refused. Messages written from
/// SECURITY.md's rules, not copied from the guard.
/// </summary>
public sealed class StatementGuardStateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteSnapshot _database;

    public StatementGuardStateTests()
    {
        var path = _folder.File("snapshot.db");
        HostileSnapshot.Write(path);
        _database = SqliteSnapshot.Open(path);
    }

    private string Refusal(string sql) => Assert.Throws<QueryRefusedException>(() => _database.Guard.Prepare(sql)).Message;

    private void RunDirectly(string sql)
    {
        using var command = _database.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Theory]
    [InlineData("select 1")]
    [InlineData("create table t(x int)")]
    [InlineData("select 1; select 2")]
    public void Once_a_check_is_over_a_statement_run_without_one_is_denied(string checkedFirst)
    {
        try { using var _ = _database.Guard.Prepare(checkedFirst); }
        catch (QueryRefusedException) { }
        // A temporary table is writable even on a read-only connection: only the authorizer stands in the way.
        var error = Assert.Throws<SqliteException>(() => RunDirectly("create temp table scratch(x int)"));
        Assert.Contains("not authorized", error.Message);
    }

    [Theory]
    [InlineData("drop view if exists v", "DROP statements are refused: the snapshot is read-only and a data block runs a single SELECT")]
    [InlineData("vacuum", "VACUUM statements are refused: the snapshot is read-only and a data block runs a single SELECT")]
    public void A_statement_after_a_query_is_judged_by_its_own_actions(string sql, string message)
    {
        using (var query = _database.Guard.Prepare("select count(*) from hostile")) Assert.NotNull(query);
        Assert.Equal(message, Refusal(sql));
    }

    [Fact]
    public void A_write_to_the_schema_table_itself_is_refused_as_a_write()
    {
        // (SQLite itself refuses to compile an UPDATE or DELETE of sqlite_master.)
        Assert.Equal("writing to 'sqlite_master' is refused: the snapshot is read-only", Refusal("insert into sqlite_master values ('table', 'x', 'x', 0, '')"));
    }

    // SQLite asks about the INSERT before the function its SELECT calls: the write is what the statement does, so it
    // is named, and only writes to SQLite's own tables step aside for a more telling refusal.
    [Fact]
    public void A_write_to_a_table_of_the_snapshot_is_named_before_a_refused_function_it_calls()
    {
        Assert.Equal("writing to 'hostile' is refused: the snapshot is read-only",
            Refusal("insert into hostile (kind) select load_extension('/tmp/evil.so')"));
    }

    [Fact]
    public void Dropping_an_index_the_snapshot_has_is_refused_as_a_drop()
    {
        using var folder = new TempFolder();
        var path = folder.File("indexed.db");
        HostileSnapshot.Write(path);
        using (var writer = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            writer.Open();
            using var create = writer.CreateCommand();
            create.CommandText = "create index hostile_by_kind on hostile(kind)";
            create.ExecuteNonQuery();
        }
        using var indexed = SqliteSnapshot.Open(path);
        var refusal = Assert.Throws<QueryRefusedException>(() => indexed.Guard.Prepare("drop index hostile_by_kind")).Message;
        Assert.Equal("DROP is refused: the snapshot is read-only and a data block runs a single SELECT", refusal);
    }

    [Theory]
    [InlineData("create temp view v as select 1", "CREATE VIEW is refused")]
    [InlineData("create temp trigger t after insert on hostile begin select 1; end", "CREATE TRIGGER is refused")]
    [InlineData("create virtual table v using fts5(x)", "CREATE VIRTUAL TABLE is refused")]
    [InlineData("drop index if exists sqlite_autoindex_x", "DROP statements are refused")]
    [InlineData("drop trigger if exists t", "DROP statements are refused")]
    [InlineData("release s", "transactions are refused: a query only reads")]
    [InlineData("begin", "transactions are refused: a query only reads")]
    public void Temporary_and_virtual_objects_and_transactions_are_refused_in_their_own_words(string sql, string message)
    {
        Assert.StartsWith(message, Refusal(sql));
    }

    [Theory]
    [InlineData("vacuum")]
    [InlineData("Vacuum main")]
    [InlineData(" \t\n vacuum")]
    [InlineData("-- first\n-- second\nvacuum")]
    [InlineData("/* a */vacuum")]
    [InlineData("/**/vacuum")]
    [InlineData("/* * / */ -- x\n vacuum")]
    public void A_refused_statement_is_named_by_its_first_word_past_blanks_and_comments(string sql)
    {
        Assert.Equal("VACUUM statements are refused: the snapshot is read-only and a data block runs a single SELECT", Refusal(sql));
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
