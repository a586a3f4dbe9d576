using Dapper;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Demo;

/// <summary>
/// A snapshot of an earlier schema version (made by an earlier hfreports: version 1 without the derived columns of
/// `models`, `human_authors` and `models_source`, version 2 without `models_source`) is refused by a build with the
/// command that upgrades it, and `snapshot upgrade` restores exactly the rows that a version 3 builder writes, keeping
/// every other row.
/// </summary>
public sealed class SchemaUpgradeTests(DemoSnapshotFixture demo) : IClassFixture<DemoSnapshotFixture>
{
    private const string Derived = "SELECT fullname, name_rank, base_model, num_of_authors FROM models ORDER BY fullname";
    private const string Authors = "SELECT author, num_of_repos, first_commit FROM human_authors ORDER BY author";
    private const string Source = "SELECT import_id, entries, distinct_models, owners FROM models_source";

    [Fact]
    public void A_version_1_snapshot_is_refused_with_the_upgrade_command_and_upgraded_to_the_rows_of_version_3()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        File.Copy(demo.Path, path);
        var (derived, authors, entries, schema) = Read(path);
        MakeVersion1(path, firstRelease: true);

        var check = CliRunner.Run("check", Path.Combine(RepositoryRoot.Path, "reports.yaml"), "--snapshot", path, "--no-color");
        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("has schema version 1, made by an earlier hfreports", check.Error);
        Assert.Contains($"hfreports snapshot upgrade {path}", check.Error);

        var upgrade = CliRunner.Run("snapshot", "upgrade", path);
        Assert.True(upgrade.ExitCode == 0, upgrade.Error);
        Assert.Contains("from schema version 1 to 3", upgrade.Output);
        Assert.Equal((derived, authors, entries, schema), Read(path));
        using (var db = Open(path))
            Assert.Equal("3", db.ExecuteScalar<string>("SELECT value FROM snapshot_meta WHERE key = 'schema_version'"));

        var again = CliRunner.Run("snapshot", "upgrade", path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("at schema version 3 already", again.Output);
        Assert.Equal(0, CliRunner.Run("check", Path.Combine(RepositoryRoot.Path, "reports.yaml"), "--snapshot", path, "--allow-demo").ExitCode);
    }

    [Fact]
    public void A_version_2_snapshot_gains_models_source_and_keeps_the_rest()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        File.Copy(demo.Path, path);
        var before = Read(path);
        using (var db = Open(path))
            db.Execute("DROP TABLE models_source; UPDATE snapshot_meta SET value = '2' WHERE key = 'schema_version';");

        var check = CliRunner.Run("check", Path.Combine(RepositoryRoot.Path, "reports.yaml"), "--snapshot", path, "--no-color");
        Assert.Contains("has schema version 2, made by an earlier hfreports", check.Error);
        var upgrade = CliRunner.Run("snapshot", "upgrade", path);
        Assert.True(upgrade.ExitCode == 0, upgrade.Error);
        Assert.Contains("from schema version 2 to 3", upgrade.Output);
        Assert.Equal(before, Read(path));
    }

    [Fact]
    public void A_newer_version_is_left_alone_and_a_duckdb_snapshot_is_pointed_to_its_sqlite_source()
    {
        using var folder = new TempFolder();
        var path = CopyWithVersion(folder, "'4'");
        var before = File.ReadAllBytes(path);

        var upgrade = CliRunner.Run("snapshot", "upgrade", path);
        Assert.Equal(3, upgrade.ExitCode);
        Assert.Contains("schema version 4 is newer than this hfreports writes (3); update hfreports", upgrade.Error);
        Assert.Equal(before, File.ReadAllBytes(path));

        var duck = CliRunner.Run("snapshot", "upgrade", folder.File("x.duckdb"));
        Assert.Equal(2, duck.ExitCode);
        Assert.Contains("upgrade the SQLite snapshot it was written from", duck.Error);
    }

    [Theory]
    [InlineData("'x'", "snapshot_meta holds schema_version 'x', not a version number")]
    [InlineData("'0'", "snapshot_meta holds schema_version '0', not a version number")]
    [InlineData(null, "snapshot_meta has no schema_version (is it an HfReports snapshot?)")]
    public void A_version_that_is_not_one_is_refused_and_the_file_left_as_it_was(string? version, string message)
    {
        using var folder = new TempFolder();
        var path = CopyWithVersion(folder, version);
        var before = File.ReadAllBytes(path);

        var upgrade = CliRunner.Run("snapshot", "upgrade", path);
        Assert.Equal(3, upgrade.ExitCode);
        Assert.Contains(message, upgrade.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    /// <summary>A cancellation that arrives when the last statement has run still leaves the file as it was.</summary>
    [Fact]
    public void A_cancelled_upgrade_writes_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        File.Copy(demo.Path, path);
        MakeVersion1(path);
        var before = File.ReadAllBytes(path);

        Assert.ThrowsAny<OperationCanceledException>(() => Ingest.Snapshot.SchemaUpgrade.UpgradeFile(path, new CancellationToken(canceled: true)));
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_statement_missing_from_the_schema_is_an_error_of_the_build() =>
        Assert.Contains("data/schema.sql has no statement 'CREATE TABLE nowhere ...;'",
            Assert.Throws<InvalidOperationException>(() => Ingest.Snapshot.SnapshotSchema.Statement("CREATE TABLE nowhere")).Message);

    [Fact]
    public void Diff_compares_a_version_1_snapshot_as_it_is()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        File.Copy(demo.Path, path);
        MakeVersion1(path);
        var before = File.ReadAllBytes(path);

        var diff = CliRunner.Run("diff", path, demo.Path, "--no-color");
        Assert.True(diff.ExitCode == 0, diff.Error);
        Assert.Contains("no model changed", diff.Output);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    /// <summary>An import into a version 1 snapshot upgrades it, even when every file given is imported already.</summary>
    [Fact]
    public void Importing_into_a_version_1_snapshot_upgrades_it_even_with_nothing_new()
    {
        using var folder = new TempFolder();
        var export = folder.Write("small.csv", Import.SmallExports.V1(Import.SmallExports.V1Row("a/one"), Import.SmallExports.V1Row("b/two", average: "61")));
        var path = folder.File("s.db");
        Assert.Equal(0, CliRunner.Run("snapshot", "import", export, "--out", path, "--quiet").ExitCode);
        var (derived, authors, entries, schema) = Read(path);
        MakeVersion1(path);

        var again = CliRunner.Run("snapshot", "import", export, "--out", path, "--quiet");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal((derived, authors, entries, schema), Read(path));
        using var db = Open(path);
        Assert.Equal("3", db.ExecuteScalar<string>("SELECT value FROM snapshot_meta WHERE key = 'schema_version'"));
        Assert.Equal([1L, 2L], db.Query<long>("SELECT name_rank FROM models ORDER BY fullname"));
    }

    [Fact]
    public void Enrichment_refuses_a_newer_version_before_asking_the_hub()
    {
        using var folder = new TempFolder();
        var path = CopyWithVersion(folder, "'4'");
        var before = File.ReadAllBytes(path);

        // Nothing listens on this port: asking the Hub would fail with a connection error, not this one.
        var enrich = CliRunner.Run("snapshot", "enrich", "--snapshot", path, "--hub-url", "http://127.0.0.1:9", "--quiet");
        Assert.Equal(3, enrich.ExitCode);
        Assert.Contains("schema version 4 is newer than this hfreports writes (3)", enrich.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void The_engine_reads_the_version_the_builders_write() =>
        Assert.Equal(Ingest.Snapshot.SnapshotSchema.Version, Engine.Query.SnapshotIdentity.SupportedSchemaVersion);

    /// <summary>A copy of the demo whose schema_version is the SQL value given (none when null).</summary>
    private string CopyWithVersion(TempFolder folder, string? sqlValue)
    {
        var path = folder.File("snapshot.db");
        File.Copy(demo.Path, path);
        using var db = Open(path);
        db.Execute(sqlValue is null ? "DELETE FROM snapshot_meta WHERE key = 'schema_version'" : $"UPDATE snapshot_meta SET value = {sqlValue} WHERE key = 'schema_version'");
        return path;
    }

    /// <summary>The derived rows, the count of base rows, and the schema's tables and indexes by name.</summary>
    private static (string, string, long, string) Read(string path)
    {
        using var db = Open(path);
        static string Dump(IEnumerable<dynamic> rows) => string.Join("\n", rows.Select(r => string.Join("|", ((IDictionary<string, object?>)r).Values)));
        return (Dump(db.Query(Derived)), Dump(db.Query(Authors)) + "\n" + Dump(db.Query(Source)), db.ExecuteScalar<long>("SELECT count(*) FROM leaderboard_entries"),
                string.Join(",", db.Query<string>("SELECT type || ' ' || name FROM sqlite_master ORDER BY type, name")
                    .Concat(db.Query<string>("SELECT name || ' ' || type || ' ' || \"notnull\" FROM pragma_table_info('models') ORDER BY name"))));
    }

    /// <summary>What an earlier hfreports wrote: the version 2 and 3 additions removed, and with <paramref name="firstRelease"/>
    /// merge_lineage too, which the first releases of version 1 did not have.</summary>
    private static void MakeVersion1(string path, bool firstRelease = false)
    {
        using var db = Open(path);
        if (firstRelease) db.Execute("ALTER TABLE models DROP COLUMN merge_lineage");
        db.Execute("""
            DROP TABLE human_authors;
            DROP TABLE models_source;
            DROP INDEX models_by_name_rank;
            ALTER TABLE models DROP COLUMN name_rank;
            ALTER TABLE models DROP COLUMN base_model;
            ALTER TABLE models DROP COLUMN num_of_authors;
            UPDATE snapshot_meta SET value = '1' WHERE key = 'schema_version';
            """);
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
