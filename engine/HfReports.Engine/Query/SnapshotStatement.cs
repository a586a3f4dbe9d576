using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>
/// Runs one statement against a snapshot, the engine's own as much as a spec's: snapshots are untrusted, so every
/// statement is bounded. The clock starts before SQLite prepares it (preparing expands views and CTEs, which can
/// take as long as running them), it is checked by the <see cref="StatementGuard"/> and prepared once, its
/// parameters are bound by SQLite (never pasted into the text), and each row is handed to the caller as SQLite's
/// own values (long, double, string, byte[] or null).
/// </summary>
internal static class SnapshotStatement
{
    /// <summary>The time limit of the engine's own statements (snapshot_meta, the tables a block requires, a diff).</summary>
    public static readonly TimeSpan InternalTimeout = TimeSpan.FromSeconds(10);

    /// <param name="columns">Called once with the column names, before the first row.</param>
    /// <param name="row">Called for each row; false stops reading.</param>
    /// <exception cref="QueryException">Refused, timed out, out of SQLite's memory, or a parameter is missing.</exception>
    /// <exception cref="SqliteException">The SQL does not compile or fails as it runs.</exception>
    /// <exception cref="OperationCanceledException">The build was cancelled.</exception>
    public static void Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters, TimeSpan timeout,
        CancellationToken cancellation, Action<string[]>? columns, Func<Row, bool> row)
    {
        cancellation.ThrowIfCancellationRequested();
        if (System.Text.Encoding.UTF8.GetByteCount(sql) is var bytes && bytes > SnapshotDatabase.MaxSqlBytes)
            throw new QueryRefusedException($"the query is {bytes:N0} bytes of SQL, more than the {SnapshotDatabase.MaxSqlBytes:N0} a statement may have");
        database.Execute(sql, parameters, timeout, cancellation, columns, row);
    }

    /// <summary>SQLite's side of <see cref="Run"/>: guarded preparation, SQLite's own binding, the watch's interrupts.</summary>
    internal static void RunSqlite(SqliteSnapshot database, string sql, IReadOnlyDictionary<string, object?> parameters, TimeSpan timeout,
        CancellationToken cancellation, Action<string[]>? columns, Func<Row, bool> row)
    {
        using var timing = database.Watch.Start(timeout, cancellation);
        try
        {
            using var statement = database.Guard.Prepare(sql);
            if (statement is null) throw new QueryRefusedException("the query holds no SQL statement");
            Bind(statement, parameters);
            var count = raw.sqlite3_column_count(statement);
            var names = new string[count];
            for (var i = 0; i < count; i++) names[i] = raw.sqlite3_column_name(statement, i).utf8_to_string() ?? $"column{i + 1}";
            columns?.Invoke(names);
            var current = new SqliteRow(statement, count);
            while (true)
            {
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_DONE) return;
                if (rc != raw.SQLITE_ROW) Fail(database, rc);
                if (!row(current)) return;
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_INTERRUPT)
        {
            cancellation.ThrowIfCancellationRequested();
            if (database.Watch.Expired) throw new QueryTimeoutException(timeout);
            throw;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
        {
            throw new SnapshotException($"'{database.Path}' is locked by another process writing it (an import or an enrichment); build again when it has finished");
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_NOMEM)
        {
            cancellation.ThrowIfCancellationRequested();
            throw new QueryMemoryException();
        }
    }

    /// <summary>Every row of one of the engine's own statements (no parameters, the internal time limit).</summary>
    /// <exception cref="RowLimitExceededException">More than <paramref name="maxRows"/> rows.</exception>
    public static List<object?[]> ReadAll(SnapshotDatabase database, string sql, int maxRows, CancellationToken cancellation)
    {
        var rows = new List<object?[]>();
        Run(database, sql, EmptyParameters, InternalTimeout, cancellation, null, row =>
        {
            if (rows.Count >= maxRows) throw new RowLimitExceededException(maxRows);
            rows.Add(row.Values());
            return true;
        });
        return rows;
    }

    public static readonly IReadOnlyDictionary<string, object?> EmptyParameters = new Dictionary<string, object?>();

    /// <summary>Throws the SQLite error of <paramref name="rc"/> with the connection's message.</summary>
    internal static void Fail(SqliteSnapshot database, int rc) => SqliteException.ThrowExceptionForRC(rc, database.Connection.Handle);

    private static void Bind(sqlite3_stmt statement, IReadOnlyDictionary<string, object?> parameters)
    {
        var count = raw.sqlite3_bind_parameter_count(statement);
        for (var i = 1; i <= count; i++)
        {
            var written = raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string();
            if (written is null || written[0] == '?')
                throw new QueryRefusedException("positional parameters ('?') are refused: name each one (:name) and declare it under 'parameters' or 'params'");
            var name = written[1..];
            if (!parameters.TryGetValue(name, out var value))
                throw new MissingParameterException(written, parameters.Keys);
            var rc = value switch
            {
                null => raw.sqlite3_bind_null(statement, i),
                long l => raw.sqlite3_bind_int64(statement, i, l),
                int n => raw.sqlite3_bind_int64(statement, i, n),
                bool b => raw.sqlite3_bind_int64(statement, i, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, i, d),
                string s => raw.sqlite3_bind_text(statement, i, s),
                byte[] bytes => raw.sqlite3_bind_blob(statement, i, bytes),
                // As Microsoft.Data.Sqlite writes them, so a date parameter compares with the snapshot's ISO text.
                DateTime t => raw.sqlite3_bind_text(statement, i, t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
                DateOnly day => raw.sqlite3_bind_text(statement, i, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                _ => raw.sqlite3_bind_text(statement, i, Convert.ToString(value, CultureInfo.InvariantCulture)),
            };
            if (rc != raw.SQLITE_OK) throw new QueryRefusedException($"the parameter '{written}' cannot be bound (SQLite code {rc})");
        }
    }

    /// <summary>The current row of a running statement, as SQLite's kinds of value (long, double, string, byte[] or null)
    /// whichever engine runs it; valid only inside the row callback.</summary>
    public abstract class Row
    {
        public abstract int Count { get; }

        public abstract object? this[int column] { get; }

        /// <summary>Adds the column's value to <paramref name="target"/> (without boxing it where the engine allows).</summary>
        public virtual void AddTo(int column, RawColumn target) => target.Add(this[column]);

        public object?[] Values()
        {
            var values = new object?[Count];
            for (var i = 0; i < Count; i++) values[i] = this[i];
            return values;
        }
    }

    private sealed class SqliteRow(sqlite3_stmt statement, int count) : Row
    {
        public override int Count => count;

        public override object? this[int column] => raw.sqlite3_column_type(statement, column) switch
        {
            raw.SQLITE_NULL => null,
            raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, column),
            raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, column),
            raw.SQLITE_BLOB => raw.sqlite3_column_blob(statement, column).ToArray(),
            _ => raw.sqlite3_column_text(statement, column).utf8_to_string(),
        };

        public override void AddTo(int column, RawColumn target)
        {
            switch (raw.sqlite3_column_type(statement, column))
            {
                case raw.SQLITE_NULL: target.AddNull(); break;
                case raw.SQLITE_INTEGER: target.Add(raw.sqlite3_column_int64(statement, column)); break;
                case raw.SQLITE_FLOAT: target.Add(raw.sqlite3_column_double(statement, column)); break;
                default: target.Add(this[column]); break;
            }
        }
    }
}
