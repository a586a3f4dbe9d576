using Dapper;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Snapshot;

/// <summary>
/// `build --import DATE`: a snapshot with several imports describes its newest; this makes a temporary copy whose
/// `models` are cleaned from the import taken on DATE instead (snapshot_meta 'selected_import', which data/clean.sql
/// honours). The snapshot itself is opened read-only and never changed; the copy is deleted with this object. The copy
/// keeps the snapshot's file name (in a folder of its own), so a build's manifest names the snapshot, not a random file.
/// </summary>
public sealed class ImportSelection : IDisposable
{
    public string Path { get; }

    private ImportSelection(string path) => Path = path;

    /// <exception cref="ArgumentException">No import was taken on that date; the message lists the snapshot's imports.</exception>
    public static ImportSelection Create(string snapshotPath, string asOf)
    {
        long importId;
        using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshotPath, Mode = SqliteOpenMode.ReadOnly }.ToString()))
        {
            source.Open();
            var imports = source.Query<StoredImport>(
                "select import_id as Id, as_of as AsOf, source_name as Source, generation as Generation from imports order by as_of, import_id").ToArray();
            var matching = imports.Where(i => i.AsOf == asOf).ToArray();
            if (matching.Length == 0)
                throw new ArgumentException($"--import {asOf}: the snapshot has no import of that date; its imports: " +
                    (imports.Length == 0 ? "none" : string.Join("; ", imports.Select(i => $"{i.AsOf} ({i.Source}, {i.Generation})"))));
            importId = matching[^1].Id;
        }
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"hfreports-import-{Guid.NewGuid():N}")).FullName;
        var copy = System.IO.Path.Combine(folder, System.IO.Path.GetFileName(snapshotPath));
        try
        {
            File.Copy(snapshotPath, copy);
            using var connection = SnapshotConnection.OpenReadWrite(copy, create: false);
            using var transaction = connection.BeginTransaction();
            connection.Execute("insert or replace into snapshot_meta (key, value) values ('selected_import', @id)",
                new { id = importId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, transaction);
            ModelsTable.Rebuild(connection, transaction);
            transaction.Commit();
        }
        catch
        {
            Delete(copy);
            throw;
        }
        return new ImportSelection(copy);
    }

    public void Dispose() => Delete(Path);

    private static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (File.Exists(file)) File.Delete(file);
        if (System.IO.Path.GetDirectoryName(path) is { } folder && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            Directory.Delete(folder);
    }

    internal sealed record StoredImport(long Id, string AsOf, string Source, string Generation);
}
