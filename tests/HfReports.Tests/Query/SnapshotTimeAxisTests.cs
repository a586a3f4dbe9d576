using HfReports.Engine.Query;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Query;

/// <summary>The time axis the prose and the figures name ("creation date" when at least half the models have their Hub
/// creation time, else the leaderboard submission date), counted by hand here from the rows each snapshot is given.</summary>
public sealed class SnapshotTimeAxisTests
{
    [Theory]
    [InlineData(3, 2, "creation date")]
    [InlineData(2, 2, "creation date")] // as many Hub times as proxies: the Hub's
    [InlineData(2, 3, "leaderboard submission date")]
    [InlineData(0, 4, "leaderboard submission date")]
    [InlineData(0, 0, "leaderboard submission date")] // no model at all has a Hub time
    [InlineData(1, 0, "creation date")]
    public void The_axis_is_the_creation_date_when_at_least_half_the_models_have_one(int hub, int other, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("snapshot.db");
        Write(path, hub, other, withSource: true);

        using var database = SnapshotDatabase.OpenReadOnly(path);
        Assert.Equal(expected, SnapshotIdentity.Read(database).TimeAxis);
        Assert.Equal(expected, SnapshotIdentity.Read(database).CountingTimeAxisAhead().TimeAxis);
    }

    [Fact]
    public void A_snapshot_without_the_creation_source_is_described_by_the_creation_date()
    {
        using var folder = new TempFolder();
        var path = folder.File("snapshot.db");
        Write(path, hub: 0, other: 3, withSource: false);

        using var database = SnapshotDatabase.OpenReadOnly(path);
        Assert.Equal(SnapshotIdentity.HubTimeAxis, SnapshotIdentity.Read(database).TimeAxis);
    }

    [Fact]
    public void The_axis_is_counted_on_a_connection_of_its_own()
    {
        // Builds count it beside their first queries, `diff` not at all: asked for after the connection the identity was
        // read on is closed, it is still counted, on a connection of its own.
        using var folder = new TempFolder();
        var path = folder.File("snapshot.db");
        Write(path, hub: 1, other: 5, withSource: true);

        SnapshotIdentity identity;
        using (var database = SnapshotDatabase.OpenReadOnly(path))
            identity = SnapshotIdentity.Read(database);
        Assert.Equal(SnapshotIdentity.ProxyTimeAxis, identity.TimeAxis);
    }

    private static void Write(string path, int hub, int other, bool withSource)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        var rows = Enumerable.Range(0, hub).Select(i => $"('h{i}', 'hub')")
            .Concat(Enumerable.Range(0, other).Select(i => $"('o{i}', '{(i % 2 == 0 ? "submission" : "none")}')"));
        command.CommandText = $"""
            CREATE TABLE snapshot_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO snapshot_meta VALUES ('schema_version', '{SnapshotIdentity.SupportedSchemaVersion}'), ('created_at', '2024-06-15T00:00:00Z');
            CREATE TABLE models (fullname TEXT PRIMARY KEY{(withSource ? ", created_source TEXT NOT NULL" : "")});
            """ + (hub + other == 0 ? "" : withSource
                ? $"INSERT INTO models VALUES {string.Join(", ", rows)};"
                : $"INSERT INTO models VALUES {string.Join(", ", Enumerable.Range(0, hub + other).Select(i => $"('m{i}')"))};");
        command.ExecuteNonQuery();
    }
}
