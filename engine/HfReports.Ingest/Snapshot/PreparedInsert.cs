using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Ingest.Snapshot;

/// <summary>
/// One prepared INSERT reused for every row of a table: SQLite compiles it once and only the
/// values are re-bound. It drives the connection's native statement directly (inside the
/// caller's transaction), because SqliteCommand builds a data reader per execution, which
/// dominates the cost of a million-model demo.
/// </summary>
/// <remarks>
/// Values are given in column order, either all at once (<see cref="Run"/>) or one by one with the
/// typed <c>Add</c> overloads and then <see cref="Insert"/>; the typed path binds without boxing,
/// which is what a million-row import wants.
/// </remarks>
internal sealed class PreparedInsert : IRowSink
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;
    private int _next = 1; // SQLite numbers parameters from 1

    public PreparedInsert(SqliteConnection connection, string table, params string[] columns)
    {
        _connection = connection;
        _columns = columns.Length;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
    }

    /// <summary>Binds the values in column order (null becomes SQL NULL) and inserts the row.</summary>
    public void Run(params object?[] values)
    {
        foreach (var value in values)
        {
            switch (value)
            {
                case null: Add((string?)null); break;
                case string text: Add(text); break;
                case int number: Add(number); break;
                case long number: Add(number); break;
                case double number: Add(number); break;
                case bool flag: Add(flag); break;
                default: throw new ArgumentException($"unsupported value type {value.GetType().Name}");
            }
        }
        Insert();
    }

    // A null is not bound: every parameter is NULL after the reset in Insert, and each native call
    // counts when a row has forty columns and the file a million rows.
    public PreparedInsert Add(string? value) => value is null ? Null() : Bound(raw.sqlite3_bind_text(_statement, _next, value));

    public PreparedInsert Add(double? value) => value is { } number ? Bound(raw.sqlite3_bind_double(_statement, _next, number)) : Null();

    public PreparedInsert Add(long? value) => value is { } number ? Bound(raw.sqlite3_bind_int64(_statement, _next, number)) : Null();

    public PreparedInsert Add(bool? value) => Add(value is { } flag ? (flag ? 1L : 0L) : null);

    /// <summary>Inserts the row whose values were just added, one per column.</summary>
    public void Insert()
    {
        var given = _next - 1;
        _next = 1;
        if (given != _columns)
        {
            Clear();
            throw new InvalidOperationException($"{given} values were given for {_columns} columns");
        }
        var result = raw.sqlite3_step(_statement);
        var failure = result == raw.SQLITE_DONE ? null : Failure(result); // read the message before the reset
        Clear();
        if (failure is not null) throw failure;
    }

    private void Clear()
    {
        raw.sqlite3_reset(_statement);
        raw.sqlite3_clear_bindings(_statement);
    }

    private PreparedInsert Null()
    {
        _next++;
        return this;
    }

    private PreparedInsert Bound(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            var failure = Failure(result);
            _next = 1; // the row is abandoned; the next one starts afresh
            Clear();
            throw failure;
        }
        _next++;
        return this;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) throw Failure(result);
    }

    private SqliteException Failure(int result) =>
        new(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), result);

    public void Dispose() => _statement.Dispose();
}
