namespace HfReports.Engine.Query;

/// <summary>A query the engine would not run to the end: refused, too slow or too large. The message says
/// what happened and how to fix it; the caller adds the spec location.</summary>
internal abstract class QueryException(string message) : Exception(message);

/// <summary>The SQL is not a single read-only statement (a write, ATTACH, VACUUM, a state-changing PRAGMA,
/// load_extension, a transaction...).</summary>
internal sealed class QueryRefusedException(string message) : QueryException(message);

/// <summary>The query ran past its time limit and SQLite was interrupted.</summary>
internal sealed class QueryTimeoutException(TimeSpan limit)
    : QueryException($"the query was stopped after {QueryLimits.Describe(limit)} (its time limit); make it cheaper or raise 'timeout' on the data block")
{
    public TimeSpan Limit { get; } = limit;
}

/// <summary>The query returned more rows than a frame may hold.</summary>
internal sealed class RowLimitExceededException(int limit)
    : QueryException($"the query returned more than {limit:N0} rows (the frame's row limit); aggregate in SQL or raise 'max_rows' on the data block")
{
    public int Limit { get; } = limit;
}

/// <summary>The query returns two columns of one name, which a frame cannot hold.</summary>
internal sealed class DuplicateColumnException(string column)
    : QueryException($"the query returns the column '{column}' more than once; give each column its own name (select ... as another_name)");

/// <summary>SQLite ran out of the memory a build allows it (<see cref="SnapshotDatabase.HeapLimitBytes"/>).</summary>
internal sealed class QueryMemoryException()
    : QueryException($"SQLite needed more than {SnapshotDatabase.HeapLimitBytes / (1024 * 1024):N0} MiB (a build's memory limit for queries) to prepare or run the query; make it cheaper (fewer nested views or CTEs, a smaller sort)");

/// <summary>The query names a parameter that is neither the report's nor the data block's.</summary>
internal sealed class MissingParameterException(string written, IEnumerable<string> known)
    : QueryException($"the query uses the parameter '{written}', which is not declared")
{
    public string Written { get; } = written;
    public IReadOnlyList<string> Known { get; } = known.Order(StringComparer.Ordinal).ToArray();
}

/// <summary>The query's rows hold more than a frame may (<see cref="Spec.SpecLimits.MaxFrameCells"/>, <see cref="Spec.SpecLimits.MaxFrameBytes"/>).</summary>
internal sealed class FrameTooLargeException(string limit)
    : QueryException($"the query's rows hold more than {limit}, the most a frame may hold; select fewer columns or rows, or shorten long text in SQL");

/// <summary>The rows read so far, with the frames the build holds and the rows other queries are reading, pass what a build's
/// frames may hold together (Evaluation.FrameAllowance); the message says which total.</summary>
internal sealed class BuildAllowanceException(string message) : QueryException(message);

/// <summary>The engine (DuckDB, PostgreSQL) could not compile or run the query; the message is the engine's own.</summary>
internal sealed class QuerySqlException(string message) : QueryException($"SQL error: {message}");
