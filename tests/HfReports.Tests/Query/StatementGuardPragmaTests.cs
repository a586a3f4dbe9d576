using HfReports.Engine.Query;
using HfReports.Tests.Hardening;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Query;

/// <summary>
/// The guard's rules for PRAGMAs, functions and other databases, one rule per case (SECURITY.md): a PRAGMA that only
/// reports runs without an argument and is refused with one; one that describes a table takes its argument; the
/// snapshot's location and code loading are refused; a refused PRAGMA has no effect even where SQLite acts on it
/// while preparing. Each is checked apart, so no rule stands in for another.
/// </summary>
public sealed class StatementGuardPragmaTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteSnapshot _database;

    public StatementGuardPragmaTests()
    {
        var path = _folder.File("snapshot.db");
        HostileSnapshot.Write(path);
        _database = SqliteSnapshot.Open(path);
    }

    private string Refusal(string sql) => Assert.Throws<QueryRefusedException>(() => _database.Guard.Prepare(sql)).Message;

    private void Prepared(string sql)
    {
        using var statement = _database.Guard.Prepare(sql);
        Assert.NotNull(statement);
    }

    [Theory]
    [InlineData("pragma user_version")]
    [InlineData("PRAGMA Schema_Version")]
    [InlineData("pragma compile_options")]
    [InlineData("pragma function_list")]
    [InlineData("pragma table_list")]
    [InlineData("pragma index_list(hostile)")]
    [InlineData("pragma table_xinfo(hostile)")]
    [InlineData("pragma foreign_key_list('hostile')")]
    [InlineData("select name from pragma_table_info('hostile')")]
    public void Pragmas_that_report_or_describe_are_prepared(string sql) => Prepared(sql);

    [Theory]
    [InlineData("pragma user_version = 7", "PRAGMA user_version = 7 is refused: a query cannot change the connection's settings")]
    [InlineData("pragma page_size = 4096", "PRAGMA page_size = 4096 is refused: a query cannot change the connection's settings")]
    [InlineData("pragma journal_mode", "PRAGMA journal_mode is refused: only PRAGMAs that describe the schema may run")]
    [InlineData("pragma query_only", "PRAGMA query_only is refused: only PRAGMAs that describe the schema may run")]
    [InlineData("pragma database_list", "PRAGMA database_list is refused: it shows where the snapshot is on the build machine")]
    [InlineData("PRAGMA DATABASE_LIST", "PRAGMA database_list is refused: it shows where the snapshot is on the build machine")]
    [InlineData("select file from pragma_database_list", "pragma_database_list is refused: it shows where the snapshot is on the build machine")]
    public void Pragmas_that_set_or_reveal_are_refused_in_their_own_words(string sql, string message) => Assert.Equal(message, Refusal(sql));

    // Every PRAGMA SECURITY.md allows, each on its own: one left out of the guard's lists would be refused here.
    [Theory]
    [InlineData("application_id")]
    [InlineData("collation_list")]
    [InlineData("compile_options")]
    [InlineData("data_version")]
    [InlineData("encoding")]
    [InlineData("freelist_count")]
    [InlineData("function_list")]
    [InlineData("module_list")]
    [InlineData("page_count")]
    [InlineData("page_size")]
    [InlineData("pragma_list")]
    [InlineData("schema_version")]
    [InlineData("table_list")]
    [InlineData("user_version")]
    public void Each_reporting_pragma_security_md_lists_is_prepared_without_an_argument(string pragma) => Prepared("pragma " + pragma);

    [Theory]
    [InlineData("foreign_key_list(hostile)")]
    [InlineData("index_info(no_such_index)")]
    [InlineData("index_list(hostile)")]
    [InlineData("index_xinfo(no_such_index)")]
    [InlineData("table_info(hostile)")]
    [InlineData("table_xinfo(hostile)")]
    public void Each_describing_pragma_security_md_lists_is_prepared_with_what_it_describes(string pragma) => Prepared("pragma " + pragma);

    // A connection (or a build of SQLite) may define these; the guard refuses them by name, so a query never reaches one.
    [Theory]
    [InlineData("readfile", "select readfile('/etc/passwd')")]
    [InlineData("writefile", "select writefile('/tmp/x', 'y')")]
    [InlineData("edit", "select edit('text')")]
    [InlineData("fts3_tokenizer", "select fts3_tokenizer('simple')")]
    public void Functions_that_reach_files_are_refused_even_where_the_connection_defines_them(string function, string sql)
    {
        _database.Connection.CreateFunction(function, (string a) => a);
        _database.Connection.CreateFunction(function, (string a, string b) => a + b);
        Assert.Equal($"the function {function}() is refused: queries cannot load code or touch files", Refusal(sql));
    }

    [Theory]
    [InlineData("select load_extension('/tmp/evil.so')", "the function load_extension() is refused: queries cannot load code or touch files")]
    [InlineData("select LOAD_EXTENSION('/tmp/evil.so')", "the function load_extension() is refused: queries cannot load code or touch files")]
    [InlineData("select fts3_tokenizer('simple')", "the function fts3_tokenizer() is refused: queries cannot load code or touch files")]
    [InlineData("attach database ':memory:' as other", "ATTACH is refused: a query reads the snapshot and no other database")]
    public void Code_loading_and_other_databases_are_refused(string sql, string message) => Assert.Equal(message, Refusal(sql));

    [Fact]
    public void A_refused_pragma_that_sqlite_applies_while_preparing_has_no_effect()
    {
        // temp_store_directory takes effect as the statement is prepared (not when it runs): it must be denied at once,
        // or the refusal would come after the process's temporary folder had moved.
        var elsewhere = _folder.File("elsewhere");
        Directory.CreateDirectory(elsewhere);
        var message = Refusal($"pragma temp_store_directory = '{elsewhere}'");
        Assert.StartsWith("PRAGMA temp_store_directory = ", message);

        using var plain = new SqliteConnection("Data Source=:memory:");
        plain.Open();
        using var read = plain.CreateCommand();
        read.CommandText = "pragma temp_store_directory";
        var now = read.ExecuteScalar() as string ?? "";
        if (now.Length > 0)
        {
            read.CommandText = "pragma temp_store_directory = ''";
            read.ExecuteNonQuery();
        }
        Assert.Equal("", now);
    }

    [Fact]
    public void A_refused_pragma_leaves_the_snapshot_as_it_was()
    {
        Refusal("pragma user_version = 7");
        using var check = new SqliteConnection($"Data Source={_folder.File("snapshot.db")};Mode=ReadOnly;Pooling=False");
        check.Open();
        using var command = check.CreateCommand();
        command.CommandText = "pragma user_version";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public void The_second_statement_s_own_refusal_is_reported_as_a_second_statement()
    {
        // Whatever the second statement is, the query is refused for holding two.
        Assert.Equal("the query holds more than one SQL statement; a data block runs a single SELECT", Refusal("select 1; pragma database_list"));
        Assert.Equal("the query holds more than one SQL statement; a data block runs a single SELECT", Refusal("select 1; select 2"));
    }

    [Fact]
    public void An_unterminated_comment_prepares_nothing_and_a_statement_after_a_refusal_is_checked_afresh()
    {
        Assert.Null(_database.Guard.Prepare("/* never closed"));
        Refusal("pragma database_list");
        Prepared("pragma user_version");
        Refusal("attach database ':memory:' as other");
        Prepared("select count(*) from hostile");
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
