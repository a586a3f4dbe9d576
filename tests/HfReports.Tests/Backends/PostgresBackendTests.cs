using HfReports.Engine.Query;
using HfReports.Tests.Support;

namespace HfReports.Tests.Backends;

/// <summary>The PostgreSQL backend against a real server (<see cref="PostgresCluster"/>): the demo snapshot written by
/// `snapshot demo --out postgres://...`, read by the SELECT-only role SECURITY.md describes, gives the paper and the gallery
/// the same text as SQLite (and the v1 export imported into it the same paper), and settings, time limits, parameters and passwords hold (the hostile statements: HostileStatementsTests).</summary>
[Collection(PostgresServer.Collection)]
public sealed class PostgresBackendTests(PostgresServer server)
{
    private void RequireServer() => server.Require();

    private string Reader => server.Reader;

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
