using HfReports.Engine.Spec;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>A snapshot opened for a build, in whichever engine holds it (<see cref="SnapshotLocation"/>): every engine
/// runs only single read-only statements, each under a time limit and the build's cancellation, so no spec can change
/// the snapshot, reach another file, or hang the build. SQLite (<see cref="SqliteSnapshot"/>) is the default;
/// DuckDB (<see cref="DuckDbSnapshot"/>) and PostgreSQL (<see cref="PostgresSnapshot"/>) go through ADO.NET.</summary>
internal abstract class SnapshotDatabase : IDisposable
{
    /// <summary>The largest single value (string or blob) a query may produce, in bytes.</summary>
    public const int MaxValueBytes = 16 * 1024 * 1024;

    /// <summary>The most memory SQLite may hold in a process that builds (it is one limit for the whole process): a query
    /// that needs more to prepare or run fails with a <see cref="QueryMemoryException"/> instead of exhausting the machine.</summary>
    public const long HeapLimitBytes = 512L * 1024 * 1024;

    /// <summary>The longest statement, in bytes of UTF-8.</summary>
    public const int MaxSqlBytes = 1_000_000;

    /// <summary>SQLite's own ceilings on what one statement may be (its defaults are far larger): SQL text, expression
    /// nesting, terms of a compound SELECT, virtual-machine instructions (CTEs and views expanded), bound parameters.</summary>
    public static readonly IReadOnlyList<(int Limit, int Value, string What)> StatementLimits =
    [
        (raw.SQLITE_LIMIT_SQL_LENGTH, MaxSqlBytes, "bytes of SQL"),
        (raw.SQLITE_LIMIT_EXPR_DEPTH, 200, "levels of expression nesting"),
        (raw.SQLITE_LIMIT_COMPOUND_SELECT, 100, "terms of a compound SELECT"),
        (raw.SQLITE_LIMIT_VDBE_OP, 1_000_000, "virtual-machine instructions"),
        (raw.SQLITE_LIMIT_VARIABLE_NUMBER, 100, "parameters"),
        // SQLite matches a pattern against text in one step it does not interrupt, in time of the pattern's length
        // times the text's: 50,000 (its default) over 2 MB ran 100 s of CPU past a 2 s limit.
        (raw.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100, "bytes of a LIKE or GLOB pattern"),
    ];

    /// <summary>Where the snapshot is, as given (a file path or a server location without a password); safe to print.</summary>
    public string Path { get; }

    public abstract SnapshotEngine Engine { get; }

    /// <summary>True when the snapshot is one file whose bytes identify it (SQLite, DuckDB); a server's tables have no such hash.</summary>
    public bool IsFile => Engine != SnapshotEngine.Postgres;

    protected SnapshotDatabase(string path) => Path = path;

    /// <summary>Opens the snapshot read-only in the engine its location names.</summary>
    /// <exception cref="SnapshotException">It does not exist or cannot be opened.</exception>
    public static SnapshotDatabase OpenReadOnly(string path) => SnapshotLocation.EngineOf(path) switch
    {
        SnapshotEngine.DuckDb => DuckDbSnapshot.Open(path),
        SnapshotEngine.Postgres => PostgresSnapshot.Open(path),
        _ => SqliteSnapshot.Open(path),
    };

    /// <summary>Runs one statement (already within <see cref="MaxSqlBytes"/>); see <see cref="SnapshotStatement.Run"/>.</summary>
    internal abstract void Execute(string sql, IReadOnlyDictionary<string, object?> parameters, TimeSpan timeout,
        CancellationToken cancellation, Action<string[]>? columns, Func<SnapshotStatement.Row, bool> row);

    public abstract void Dispose();
}

/// <summary>The snapshot is missing, unreadable or not of a schema this engine knows.</summary>
public sealed class SnapshotException(string message) : Exception(message);
