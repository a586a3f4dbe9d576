using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Snapshot;

/// <summary>
/// A snapshot being built: a temporary file beside the target with the schema applied.
/// Only <see cref="Complete"/> moves it into place, so a failed build never leaves a
/// half-written snapshot where a good one stood.
/// </summary>
internal sealed class NewSnapshotFile : IDisposable
{
    private readonly string _targetPath;
    private readonly string _tempPath;
    private bool _completed;

    public SqliteConnection Connection { get; }

    public NewSnapshotFile(string targetPath)
    {
        _targetPath = Path.GetFullPath(targetPath);
        var folder = Path.GetDirectoryName(_targetPath)!;
        Directory.CreateDirectory(folder);
        _tempPath = Path.Combine(folder, $".{Path.GetFileName(_targetPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        Connection = SnapshotConnection.OpenReadWrite(_tempPath, create: true);
        using var command = Connection.CreateCommand();
        command.CommandText = SnapshotSchema.CreateScript;
        command.ExecuteNonQuery();
    }

    /// <summary>Closes the connection and atomically replaces the target with the finished file.</summary>
    public void Complete()
    {
        Connection.Close();
        Connection.Dispose();
        File.Move(_tempPath, _targetPath, overwrite: true);
        _completed = true;
    }

    public void Dispose()
    {
        if (_completed) return;
        Connection.Dispose();
        foreach (var path in new[] { _tempPath, _tempPath + "-journal" })
            if (File.Exists(path)) File.Delete(path);
    }
}
