using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Demo;

/// <summary>
/// One prepared INSERT reused for every row of a table: SQLite compiles it once, and the
/// parameters are only re-bound. This is what keeps a million-model demo fast.
/// </summary>
public sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        _parameters = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        _command.Prepare();
    }

    /// <summary>Binds the values in column order (null becomes SQL NULL) and inserts the row.</summary>
    public void Run(params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
            _parameters[i].Value = values[i] ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
