using HfReports.Ingest.Snapshot;
using HfReports.Tests.Import;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Publishing;

/// <summary>`build --import DATE` builds from a temporary copy of the snapshot cleaned from that import: the copy keeps
/// the snapshot's name, holds that import's models, and goes with its folder when the selection is disposed.</summary>
public sealed class ImportSelectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_copy_holds_the_models_of_the_import_asked_for_and_is_deleted_with_its_folder()
    {
        var snapshot = PublishingSnapshots.Import(_folder, "two.db", "small_2024-07-01.csv", PublishingSnapshots.BaseRows);
        PublishingSnapshots.Import(_folder, "two.db", "small_2024-08-01.csv", PublishingSnapshots.BaseRows[..3]);
        var before = File.ReadAllBytes(snapshot);

        using var selection = ImportSelection.Create(snapshot, "2024-07-01"); // disposed again at the end if an assertion fails
        var copy = selection.Path;

        Assert.Equal("two.db", Path.GetFileName(copy));
        Assert.NotEqual(Path.GetDirectoryName(snapshot), Path.GetDirectoryName(copy));
        // Four models were exported on 2024-07-01, three on 2024-08-01 (the newest, which the snapshot describes).
        Assert.Equal(4, SnapshotQueries.Scalar<int>(copy, "SELECT COUNT(*) FROM models"));
        Assert.Equal(3, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM models"));
        selection.Dispose();
        SqliteConnection.ClearAllPools();

        Assert.False(File.Exists(copy), $"{copy} was left behind");
        Assert.False(Directory.Exists(Path.GetDirectoryName(copy)), "the copy's folder was left behind");
        Assert.Equal(before, File.ReadAllBytes(snapshot));
    }

    [Fact]
    public void A_date_without_an_import_is_refused_listing_the_imports_or_saying_there_is_none()
    {
        var snapshot = PublishingSnapshots.Import(_folder, "two.db", "small_2024-07-01.csv", PublishingSnapshots.BaseRows);
        PublishingSnapshots.Import(_folder, "two.db", "small_2024-08-01.csv", PublishingSnapshots.BaseRows[..3]);
        var empty = _folder.File("empty.db");
        SqliteFile.Execute(empty, SnapshotSchema.CreateScript);

        Assert.Equal("--import 2024-07-02: the snapshot has no import of that date; its imports: " +
                     "2024-07-01 (small_2024-07-01.csv, v1); 2024-08-01 (small_2024-08-01.csv, v1)",
            Assert.Throws<ArgumentException>(() => ImportSelection.Create(snapshot, "2024-07-02")).Message);
        Assert.Equal("--import 2024-07-01: the snapshot has no import of that date; its imports: none",
            Assert.Throws<ArgumentException>(() => ImportSelection.Create(empty, "2024-07-01")).Message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
