using System.Security.Cryptography;
using HfReports.Engine.Query;
using HfReports.Tests.Hardening;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Backends;

/// <summary>The hostile corpus's statements (<see cref="HostileCorpus.Statements"/>) on every engine, and each engine's own
/// ways out (files, the network, extensions, other databases, settings, server programs). Each is refused or stops at
/// its limit; afterwards the snapshot holds what it held, no file appeared, and the connection still answers.</summary>
[Collection(PostgresServer.Collection)]
public sealed class HostileStatementsTests(PostgresServer server, HostileStatementsTests.Snapshots snapshots)
    : IClassFixture<HostileStatementsTests.Snapshots>
{
    /// <summary>Where an escaping statement would write: every such path starts so, and none may exist afterwards.</summary>
    private const string Escape = "/tmp/hfreports-hostile-";

    /// <summary>A small demo snapshot in SQLite and in DuckDB, written once for the class (PostgreSQL's is the server's).</summary>
    public sealed class Snapshots : IDisposable
    {
        public TempFolder Folder { get; } = new();
        public string Sqlite { get; }
        public string DuckDb { get; }

        public Snapshots()
        {
            (Sqlite, DuckDb) = (Folder.File("demo.db"), Folder.File("demo.duckdb"));
            EngineBuilds.Run("snapshot", "demo", "--out", Sqlite, "--models", "300");
            EngineBuilds.Run("snapshot", "demo", "--out", DuckDb, "--models", "300");
        }

        public void Dispose() => Folder.Dispose();
    }

    public static TheoryData<string, HostileStatement> CorpusOnEveryEngine()
    {
        var data = new TheoryData<string, HostileStatement>();
        foreach (var engine in new[] { "sqlite", "duckdb", "postgres" })
            foreach (var statement in HostileCorpus.Statements) data.Add(engine, statement);
        return data;
    }

    public static TheoryData<string, HostileStatement> EngineOwnWaysOut()
    {
        var data = new TheoryData<string, HostileStatement>();
        foreach (var sql in new[]
        {
            "select * from read_csv('/etc/passwd')",
            "select * from read_text('/etc/hostname')",
            "select * from read_blob('/etc/hostname')",
            "select * from glob('/etc/*')",
            $"select * from read_parquet('{Escape}in.parquet')",
            "select * from read_json_auto('http://127.0.0.1:9/x.json')",
            "select getenv('PGPASSWORD') as secret",
            $"copy models to '{Escape}copy.csv'",
            $"copy (select * from models) to '{Escape}copy.parquet' (format parquet)",
            $"export database '{Escape}export'",
            $"attach '{Escape}other.duckdb' as other",
            "attach ':memory:' as scratch",
            "use system",
            "install httpfs",
            "force install httpfs",
            "load httpfs",
            "set enable_external_access = true",
            "set lock_configuration = false",
            "reset lock_configuration",
            "set memory_limit = '100GB'",
            "create secret s (type s3, key_id 'a', secret 'b')",
            "select * from sqlite_scan('/etc/passwd', 'models')",
            "checkpoint",
        }) data.Add("duckdb", new HostileStatement("duckdb: " + sql, sql, ""));
        foreach (var sql in new[]
        {
            "select pg_read_file('/etc/passwd')",
            "select pg_read_binary_file('/etc/passwd')",
            "select * from pg_ls_dir('/')",
            "select pg_stat_file('/etc/passwd')",
            "select lo_import('/etc/passwd')",
            $"copy models to '{Escape}copied.csv'",
            $"copy (select 1) to program 'touch {Escape}program'",
            "create extension dblink",
            "select dblink_connect('host=127.0.0.1 dbname=hub')",
            "set statement_timeout = 0",
            "set role reports",
            "set session authorization reports",
            "do $$ begin delete from models; end $$",
            "lock table models in access exclusive mode",
            "select * from models for update",
            "select pg_reload_conf()",
            "with gone as (delete from models returning *) select count(*) from gone",
            "select 1 as a; delete from models",
        }) data.Add("postgres", new HostileStatement("postgres: " + sql, sql, ""));
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(CorpusOnEveryEngine))]
    public void A_corpus_statement_is_refused_or_stopped_on_every_engine(string engine, HostileStatement statement) =>
        RefusedOrStopped(engine, statement);

    [SkippableTheory]
    [MemberData(nameof(EngineOwnWaysOut))]
    public void An_engine_own_way_out_is_closed(string engine, HostileStatement statement) => RefusedOrStopped(engine, statement);

    private void RefusedOrStopped(string engine, HostileStatement statement)
    {
        var location = engine switch
        {
            "sqlite" => snapshots.Sqlite,
            "duckdb" => snapshots.DuckDb,
            _ => RequireServer(),
        };
        var before = State(location);
        using (var database = SnapshotDatabase.OpenReadOnly(location))
        {
            var error = Record.Exception(() => QueryRunner.Run(database, statement.Sql, NoParameters, null, null, statement.Limits));
            // SQLite's own syntax errors come as they are; the build reports them as SQL errors at the block.
            Assert.True(error is QueryException or SqliteException, $"{statement.Sql}: {error?.GetType().Name ?? "ran"} {error?.Message}");
            switch (statement.Outcome)
            {
                case HostileOutcome.StopsAtTimeLimit: Assert.IsType<QueryTimeoutException>(error); break;
                case HostileOutcome.StopsAtRowLimit: Assert.IsType<RowLimitExceededException>(error); break;
                default: Assert.False(error is QueryTimeoutException, $"ran until its time limit instead of being refused: {error?.Message}"); break;
            }
            Assert.Equal(before.Rows, Rows(database)); // the connection still answers, with the same rows
        }
        Assert.Equal(before, State(location));
        Assert.Empty(Directory.GetFileSystemEntries("/tmp", Path.GetFileName(Escape) + "*"));
        foreach (var name in new[] { "other.db", "copy.db", "other.duckdb" }) Assert.False(File.Exists(name), $"{name} was written");
    }

    /// <summary>PostgreSQL as a role that may write (<see cref="PostgresServer.Writer"/>): only the backend stops it.</summary>
    private string RequireServer()
    {
        server.Require();
        return server.Writer;
    }

    /// <summary>What must not change: the models' rows (count, a sum, the first name), and for a file its bytes and the
    /// names in its folder.</summary>
    private static (string Rows, string Files) State(string location)
    {
        string rows;
        using (var database = SnapshotDatabase.OpenReadOnly(location)) rows = Rows(database);
        if (location.StartsWith("postgres://", StringComparison.Ordinal)) return (rows, "");
        var names = Directory.GetFileSystemEntries(Path.GetDirectoryName(location)!).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        return (rows, string.Join(",", names) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(location))));
    }

    private static string Rows(SnapshotDatabase database)
    {
        var frame = QueryRunner.Run(database, "select count(*) as n, sum(likes) as likes, min(fullname) as first from models", NoParameters);
        Assert.True((long)frame["n"][0]! > 0, "the snapshot has no models");
        return $"{frame["n"][0]} {frame["likes"][0]} {frame["first"][0]}";
    }

    private static Dictionary<string, object?> NoParameters => [];
}
