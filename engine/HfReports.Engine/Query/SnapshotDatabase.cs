using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Query;

/// <summary>A snapshot opened for a build: read-only at the file level and with query_only on,
/// so no spec can change it.</summary>
public sealed class SnapshotDatabase : IDisposable
{
    public string Path { get; }
    public SqliteConnection Connection { get; }

    private SnapshotDatabase(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    public static SnapshotDatabase OpenReadOnly(string path)
    {
        if (!File.Exists(path))
            throw new SnapshotException($"snapshot '{path}' does not exist");
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA query_only = ON";
            pragma.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new SnapshotException($"snapshot '{path}' cannot be opened: {e.Message}");
        }
        return new SnapshotDatabase(path, connection);
    }

    public void Dispose() => Connection.Dispose();
}

/// <summary>The snapshot is missing, unreadable or not of a schema this engine knows.</summary>
public sealed class SnapshotException(string message) : Exception(message);
