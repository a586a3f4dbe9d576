using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Ingest.Snapshot;

/// <summary>
/// One prepared INSERT reused for every row of a table: SQLite compiles it once and only the
/// values are re-bound. It drives the connection's native statement directly (inside the
/// caller's transaction), because SqliteCommand builds a data reader per execution, which
/// dominates the cost of a million-model demo.
/// </summary>
public sealed class PreparedInsert : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;

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
        raw.sqlite3_reset(_statement);
        for (var i = 0; i < _columns; i++)
        {
            var index = i + 1;
            Check(values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                int number => raw.sqlite3_bind_int(_statement, index, number),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                double number => raw.sqlite3_bind_double(_statement, index, number),
                bool flag => raw.sqlite3_bind_int(_statement, index, flag ? 1 : 0),
                var other => throw new ArgumentException($"unsupported value type {other.GetType().Name}"),
            });
        }
        var result = raw.sqlite3_step(_statement);
        if (result != raw.SQLITE_DONE) Check(result);
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(_connection.Handle).utf8_to_string(), result);
    }

    public void Dispose() => _statement.Dispose();
}
