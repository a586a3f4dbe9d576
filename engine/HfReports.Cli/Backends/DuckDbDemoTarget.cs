using System.Globalization;
using DuckDB.NET.Data;
using HfReports.Engine.Spec;
using HfReports.Ingest.Demo;
using HfReports.Ingest.Snapshot;

namespace HfReports.Cli.Backends;

/// <summary>
/// A demo written straight into a DuckDB file with DuckDB's appender, never staged in SQLite: a 10-million-model demo
/// is tens of gigabytes as SQLite. The file is written beside the target and moved into place when complete; `models`
/// is cleaned by data/clean.sql run on DuckDB (<see cref="EngineSchema.CleanScript"/>), so it holds the rows of the
/// SQLite demo copied to DuckDB, in the same order.
/// </summary>
public sealed class DuckDbDemoTarget : DemoTarget
{
    private readonly string _target;
    private readonly string _staged;
    private readonly DuckDBConnection _connection;
    private bool _completed;

    public DuckDbDemoTarget(string target)
    {
        _target = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(_target)!);
        _staged = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        _connection = new DuckDBConnection($"Data Source={_staged}");
        _connection.Open();
        // DuckDB takes 80 % of the machine's memory by default; the sorts of a large demo (its Hub tables are appended in
        // creation order and stored in key order) spill to disk beside the file past this.
        Execute("SET memory_limit = '2GB'");
        SnapshotTransfer.CreateEmptyDuckDbSchema(_connection);
    }

    public override T Write<T>(CancellationToken cancellation, Func<T> write)
    {
        var written = write();
        cancellation.ThrowIfCancellationRequested();
        return written;
    }

    public override IRowSink Rows(string table, params string[] columns)
    {
        var all = SnapshotTransfer.DuckDbColumns(_connection, table);
        // The appender takes whole rows in the table's column order; a column not given is NULL, as in SQLite's INSERT.
        var positions = columns.Select(c => all.FindIndex(a => a.Name == c) is var i and >= 0 ? i : throw new ArgumentException($"table {table} has no column {c}")).ToArray();
        return new AppenderSink(_connection.CreateAppender(table), all.Select(c => c.Type).ToArray(), positions);
    }

    public override void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override List<object?[]> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return ReadAll(command);
    }

    public override void Clean() => Execute(EngineSchema.CleanScript(SnapshotEngine.DuckDb));

    public override void Complete()
    {
        Execute("CHECKPOINT");
        _connection.Close();
        File.Move(_staged, _target, overwrite: true);
        _completed = true;
    }

    public override void Dispose()
    {
        _connection.Dispose();
        if (_completed) return;
        File.Delete(_staged);
        File.Delete(_staged + ".wal");
    }

    /// <summary>Rows appended with the column's own type: the generator gives SQLite's kinds (integers, reals, text),
    /// which SQLite stores by the column's affinity; the same conversions are made here.</summary>
    private sealed class AppenderSink(DuckDBAppender appender, string[] types, int[] positions) : IRowSink
    {
        private readonly object?[] _row = new object?[types.Length];

        public void Run(params object?[] values)
        {
            if (values.Length != positions.Length) throw new InvalidOperationException($"{values.Length} values were given for {positions.Length} columns");
            Array.Clear(_row);
            for (var i = 0; i < values.Length; i++) _row[positions[i]] = values[i];
            var row = appender.CreateRow();
            for (var i = 0; i < _row.Length; i++)
            {
                var value = _row[i];
                if (value is null) row.AppendNullValue();
                else if (types[i] == "BIGINT") row.AppendValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                else if (types[i] == "DOUBLE") row.AppendValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                else row.AppendValue(value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture));
            }
            row.EndRow();
        }

        public void Dispose() => appender.Dispose();
    }
}
