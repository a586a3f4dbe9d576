using Dapper;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Ingest.Snapshot;
using HfReports.Tests.Support;

namespace HfReports.Tests.Query;

public sealed class SnapshotDatabaseTests
{
    private static string MakeSnapshot(TempFolder folder)
    {
        var path = folder.File("s.db");
        using var snapshot = new NewSnapshotFile(path);
        snapshot.Connection.Execute($"insert into snapshot_meta values ('schema_version','{HfReports.Ingest.Snapshot.SnapshotSchema.Version}'), ('created_at','2024-07-13T00:00:00Z'), ('synthetic','0')");
        snapshot.Connection.Execute("insert into imports values (1,'t.csv','abc','v1-csv','v1','2024-07-13','2024-07-13T00:00:00Z',2,2,0,0)");
        snapshot.Connection.Execute("""
            insert into leaderboard_entries(import_id, fullname, model_type, architecture, params_b, average, submitted_at, is_flagged)
            values (1, 'a/x-7b', 'pretrained', 'LlamaForCausalLM', 7, 50.5, '2024-01-02T10:00:00Z', 0),
                   (1, 'b/y', null, '?', null, 40, null, 0)
            """);
        ModelsTable.Rebuild(snapshot.Connection, null);
        snapshot.Complete();
        return path;
    }

    [Fact]
    public void Queries_return_typed_columns_with_iso_text_read_as_dates()
    {
        using var folder = new TempFolder();
        using var database = SnapshotDatabase.OpenReadOnly(MakeSnapshot(folder));
        var frame = QueryRunner.Run(database, "select fullname, params_b, average, created_at from models where average > :min order by fullname",
            new Dictionary<string, object?> { ["min"] = 0 });
        Assert.Equal(2, frame.RowCount);
        Assert.Equal(ColumnType.Text, frame["fullname"].Type);
        Assert.Equal(ColumnType.Real, frame["average"].Type);
        Assert.Equal(ColumnType.Date, frame["created_at"].Type);
        Assert.Equal(new DateTime(2024, 1, 2, 10, 0, 0, DateTimeKind.Utc), frame["created_at"][0]);
        Assert.Null(frame["params_b"][1]);
    }

    [Fact]
    public void Parameters_are_bound_not_spliced()
    {
        using var folder = new TempFolder();
        using var database = SnapshotDatabase.OpenReadOnly(MakeSnapshot(folder));
        var frame = QueryRunner.Run(database, "select count(*) as n from models where fullname = :name",
            new Dictionary<string, object?> { ["name"] = "a/x-7b' or '1'='1" });
        Assert.Equal(0L, frame["n"][0]);
    }

    [Fact]
    public void Builds_cannot_write_to_the_snapshot()
    {
        using var folder = new TempFolder();
        var path = MakeSnapshot(folder);
        var before = File.ReadAllBytes(path);
        using (var database = SnapshotDatabase.OpenReadOnly(path))
        {
            Assert.Throws<QueryRefusedException>(() => QueryRunner.Run(database, "delete from models", new Dictionary<string, object?>()));
            Assert.Throws<QueryRefusedException>(() => QueryRunner.Run(database, "create table t(x)", new Dictionary<string, object?>()));
        }
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_missing_snapshot_is_a_clear_error()
    {
        var error = Assert.Throws<SnapshotException>(() => SnapshotDatabase.OpenReadOnly("/nonexistent/x.db"));
        Assert.Contains("does not exist", error.Message);
    }
}
