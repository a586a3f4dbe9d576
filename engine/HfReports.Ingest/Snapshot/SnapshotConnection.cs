using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Snapshot;

/// <summary>Opens snapshot files for the builders (import, enrich, demo).</summary>
public static class SnapshotConnection
{
    /// <summary>
    /// Pooling is off so that the file handle is released on close and the file can be
    /// moved into place right after.
    /// </summary>
    public static SqliteConnection OpenReadWrite(string path, bool create)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            ForeignKeys = true,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }
}
