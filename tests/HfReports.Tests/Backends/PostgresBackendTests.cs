using HfReports.Engine.Query;
using HfReports.Tests.Support;

namespace HfReports.Tests.Backends;

/// <summary>The PostgreSQL backend against a real server (<see cref="PostgresCluster"/>): the demo snapshot written by
/// `snapshot demo --out postgres://...`, read by the SELECT-only role SECURITY.md describes, gives the paper and the gallery
/// the same text as SQLite (and the v1 export imported into it the same paper), and the hostile statements neither write nor reach files.</summary>
public sealed class PostgresBackendTests(PostgresBackendTests.Server server) : IClassFixture<PostgresBackendTests.Server>
{
    public sealed class Server : IDisposable
    {
        public PostgresCluster Cluster { get; } = new();
        public TempFolder Folder { get; } = new();

        public Server()
        {
            if (Cluster.Problem is not null) return;
            Run("snapshot", "demo", "--out", Cluster.Location());
            // The role a team gives builds (SECURITY.md): it may connect and read, nothing else.
            Cluster.Execute("""
                CREATE ROLE builder LOGIN;
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                GRANT USAGE ON SCHEMA public TO builder;
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO builder;
                """);
        }

        public void Dispose()
        {
            Cluster.Dispose();
            Folder.Dispose();
        }
    }

    private void RequireServer()
    {
        if (server.Cluster.Problem is { } problem)
        {
            Assert.False(PostgresCluster.Required, $"CI=true: {problem}");
            Skip.If(true, problem);
        }
    }

    private string Reader => server.Cluster.Location("builder");

    private static Dictionary<string, object?> NoParameters => [];

    [SkippableFact]
    public void The_demo_paper_has_the_same_text_on_sqlite_and_postgresql()
    {
        RequireServer();
        var text = EngineBuilds.PaperText(Reader, server.Folder);
        Assert.Contains("synthetic demo data", EngineBuilds.SqliteDemoPaper);
        Assert.Equal(EngineBuilds.SqliteDemoPaper, text);
    }

    [SkippableFact]
    public void The_gallery_has_the_same_text_on_sqlite_and_postgresql()
    {
        RequireServer();
        var text = EngineBuilds.GalleryText(Reader, server.Folder);
        Assert.Contains("Figure 24", EngineBuilds.SqliteDemoGallery);
        Assert.Equal(EngineBuilds.SqliteDemoGallery, text);
    }

    [SkippableFact]
    public void The_v1_export_gives_the_same_paper_text_on_sqlite_and_postgresql()
    {
        RequireServer();
        Skip.IfNot(RealExports.ShouldRead, RealExports.SkipReason);
        server.Cluster.CreateDatabase("v1");
        var location = server.Cluster.Location(database: "v1");
        Run("snapshot", "import", RealExports.V1, "--out", location);
        var text = EngineBuilds.PaperText(location, server.Folder, strict: true);
        Assert.Contains(RealExports.V1FileName, EngineBuilds.SqliteV1Paper);
        Assert.Contains("Reproduction check", EngineBuilds.SqliteV1Paper);
        Assert.Equal(EngineBuilds.SqliteV1Paper, text.Replace(location, EngineBuilds.V1SnapshotName));
    }

    [SkippableTheory]
    [InlineData("insert into models (fullname) values ('x')")]
    [InlineData("update models set likes = 0")]
    [InlineData("delete from models")]
    [InlineData("create table t (a int)")]
    [InlineData("drop table models")]
    [InlineData("copy models to '/tmp/hfreports-copied.csv'")]
    [InlineData("set statement_timeout = 0")]
    [InlineData("create extension dblink")]
    [InlineData("select 1 as a; delete from models")]
    [InlineData("with gone as (delete from models returning *) select count(*) from gone")]
    public void Writes_and_settings_are_refused(string sql)
    {
        RequireServer();
        using var database = SnapshotDatabase.OpenReadOnly(Reader);
        var before = QueryRunner.Run(database, "select count(*) as n, sum(likes) as likes from models", NoParameters);
        Assert.ThrowsAny<QueryException>(() => QueryRunner.Run(database, sql, NoParameters));
        var after = QueryRunner.Run(database, "select count(*) as n, sum(likes) as likes from models", NoParameters);
        Assert.True((long)before["n"][0]! > 6000);
        Assert.Equal(before["n"][0], after["n"][0]);
        Assert.Equal(before["likes"][0], after["likes"][0]);
        Assert.False(File.Exists("/tmp/hfreports-copied.csv"));
    }

    [SkippableTheory]
    [InlineData("select pg_read_file('/etc/passwd')")]
    [InlineData("select * from pg_ls_dir('/')")]
    [InlineData("select lo_import('/etc/passwd')")]
    public void Files_and_server_settings_are_out_of_reach(string sql)
    {
        RequireServer();
        using var database = SnapshotDatabase.OpenReadOnly(Reader);
        var error = Assert.ThrowsAny<QueryException>(() => QueryRunner.Run(database, sql, NoParameters));
        Assert.StartsWith("SQL error:", error.Message);
    }

    [SkippableFact]
    public void A_setting_changed_by_a_select_is_undone_with_its_transaction()
    {
        RequireServer();
        using var database = SnapshotDatabase.OpenReadOnly(Reader);
        QueryRunner.Run(database, "select set_config('statement_timeout', '0', false) as changed", NoParameters);
        Assert.Equal("30s", QueryRunner.Run(database, "select current_setting('statement_timeout') as limit_now", NoParameters)["limit_now"][0]);
    }

    [SkippableFact]
    public void A_slow_query_stops_at_its_time_limit()
    {
        RequireServer();
        using var database = SnapshotDatabase.OpenReadOnly(Reader);
        Assert.Throws<QueryTimeoutException>(() => QueryRunner.Run(database, "select pg_sleep(30) as slept", NoParameters, null, null,
            new QueryLimits(TimeSpan.FromMilliseconds(500), 10)));
        Assert.Equal(1L, QueryRunner.Run(database, "select 1 as one", NoParameters)["one"][0]);
    }

    [SkippableFact]
    public void Parameters_are_bound_and_a_password_in_the_location_is_refused()
    {
        RequireServer();
        using (var database = SnapshotDatabase.OpenReadOnly(Reader))
            Assert.Equal(0L, QueryRunner.Run(database, "select count(*) as n from models where fullname = :name",
                new Dictionary<string, object?> { ["name"] = "x' or '1'='1" })["n"][0]);
        var error = Assert.Throws<SnapshotException>(() => SnapshotDatabase.OpenReadOnly($"postgres://builder:hunter2@127.0.0.1:{server.Cluster.Port}/hub"));
        Assert.DoesNotContain("hunter2", error.Message);
    }

    private static void Run(params string[] args) => EngineBuilds.Run(args);
}
