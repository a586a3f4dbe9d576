using HfReports.Engine.Spec;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>A SQLite snapshot opened for a build: read-only at the file level, with query_only on, an authorizer
/// that refuses anything but reading (<see cref="StatementGuard"/>), and a time limit on every query
/// (<see cref="QueryWatch"/>).</summary>
internal sealed class SqliteSnapshot : SnapshotDatabase
{
    /// <summary>How long a read waits for a process writing the snapshot before it is reported as locked.</summary>
    private const int BusyWaitMilliseconds = 2_000;

    public SqliteConnection Connection { get; }
    public StatementGuard Guard { get; }
    public QueryWatch Watch { get; }

    public override SnapshotEngine Engine => SnapshotEngine.Sqlite;

    private SqliteSnapshot(string path, SqliteConnection connection, StatementGuard guard, QueryWatch watch) : base(path)
    {
        Connection = connection;
        Guard = guard;
        Watch = watch;
    }

    public static SqliteSnapshot Open(string path)
    {
        if (!File.Exists(path))
            throw new SnapshotException($"snapshot '{path}' does not exist");
        var builder = new SqliteConnectionStringBuilder { DataSource = SideFreeSource(path), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
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
            foreach (var (limit, value, _) in StatementLimits) raw.sqlite3_limit(connection.Handle, limit, value);
            raw.sqlite3_busy_timeout(connection.Handle, BusyWaitMilliseconds);
            // Process-wide; only ever lowered here, so a process that never opens a snapshot for reading is unaffected.
            if (raw.sqlite3_hard_heap_limit64(-1) is var current && (current == 0 || current > HeapLimitBytes))
                raw.sqlite3_hard_heap_limit64(HeapLimitBytes);
            return new SqliteSnapshot(path, connection, StatementGuard.Install(connection), QueryWatch.Install(connection, path));
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new SnapshotException($"snapshot '{path}' cannot be opened: {e.Message}");
        }
    }

    internal override void Execute(string sql, IReadOnlyDictionary<string, object?> parameters, TimeSpan timeout,
        CancellationToken cancellation, Action<string[]>? columns, Func<SnapshotStatement.Row, bool> row) =>
        SnapshotStatement.RunSqlite(this, sql, parameters, timeout, cancellation, columns, row);

    public override void Dispose() => Connection.Dispose();

    /// <summary>
    /// What to open so that reading creates no file beside the snapshot. SQLite opens a snapshot in WAL mode with a
    /// -wal and a -shm file, creating both even for a read-only connection and leaving them behind. A WAL snapshot
    /// without committed pages in a -wal file is all in its one file and is opened immutable (no side files, no
    /// locks). One whose -wal holds pages is read with both side files as a writer left them; without its -shm it
    /// is refused rather than have one created.
    /// </summary>
    private static string SideFreeSource(string path)
    {
        if (!IsWriteAheadLogged(path)) return path;
        var wal = new FileInfo(path + "-wal");
        if (!wal.Exists || wal.Length == 0) return "file:" + UriPath(System.IO.Path.GetFullPath(path)) + "?immutable=1";
        if (File.Exists(path + "-shm")) return path;
        throw new SnapshotException($"snapshot '{path}' is in WAL mode with committed pages in '{wal.Name}' but no '{System.IO.Path.GetFileName(path)}-shm'; "
            + $"checkpoint it into one file first (sqlite3 '{path}' 'PRAGMA wal_checkpoint(TRUNCATE)')");
    }

    /// <summary>True when the file's header says WAL mode (read and write versions 2, bytes 18 and 19).</summary>
    private static bool IsWriteAheadLogged(string path)
    {
        var header = new byte[20];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length
            && header.AsSpan(0, 16).SequenceEqual("SQLite format 3\0"u8) && header[18] == 2 && header[19] == 2;
    }

    /// <summary>A path as the path of a file: URI, every byte but unreserved characters and '/' percent-encoded.</summary>
    private static string UriPath(string full) =>
        string.Concat(System.Text.Encoding.UTF8.GetBytes(full).Select(b =>
            char.IsAsciiLetterOrDigit((char)b) || b is (byte)'/' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' ? ((char)b).ToString() : $"%{b:X2}"));
}
