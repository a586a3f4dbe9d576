using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>A snapshot opened for a build: read-only at the file level, with query_only on, an authorizer
/// that refuses anything but reading (<see cref="StatementGuard"/>), and a time limit on every query
/// (<see cref="QueryWatch"/>), so no spec can change the snapshot, reach another file, or hang the build.</summary>
public sealed class SnapshotDatabase : IDisposable
{
    /// <summary>The largest single value (string or blob) a query may produce, in bytes.</summary>
    public const int MaxValueBytes = 16 * 1024 * 1024;

    public string Path { get; }
    public SqliteConnection Connection { get; }
    public StatementGuard Guard { get; }
    public QueryWatch Watch { get; }

    private SnapshotDatabase(string path, SqliteConnection connection, StatementGuard guard, QueryWatch watch)
    {
        Path = path;
        Connection = connection;
        Guard = guard;
        Watch = watch;
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
            // Belt and braces under the authorizer: no extension loading, no attached databases, bounded values.
            raw.sqlite3_enable_load_extension(connection.Handle, 0);
            raw.sqlite3_limit(connection.Handle, raw.SQLITE_LIMIT_ATTACHED, 0);
            raw.sqlite3_limit(connection.Handle, raw.SQLITE_LIMIT_LENGTH, MaxValueBytes);
            return new SnapshotDatabase(path, connection, StatementGuard.Install(connection), QueryWatch.Install(connection));
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new SnapshotException($"snapshot '{path}' cannot be opened: {e.Message}");
        }
    }

    public void Dispose() => Connection.Dispose();
}

/// <summary>The snapshot is missing, unreadable or not of a schema this engine knows.</summary>
public sealed class SnapshotException(string message) : Exception(message);
