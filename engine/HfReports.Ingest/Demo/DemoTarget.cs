using System.Data.Common;
using HfReports.Ingest.Snapshot;

namespace HfReports.Ingest.Demo;

/// <summary>
/// The database a demo is written into, created with every table of data/schema.sql and empty: a SQLite file
/// (<see cref="SqliteDemoTarget"/>) or another engine's (the CLI writes DuckDB natively). The generator writes the
/// same rows in the same order to either, and the target cleans them with data/clean.sql, so a demo written to another
/// engine holds what the SQLite demo copied there would.
/// </summary>
public abstract class DemoTarget : IDisposable
{
    /// <summary>Runs the whole writing as one unit; cancellation stops it and nothing is written.</summary>
    public abstract T Write<T>(CancellationToken cancellation, Func<T> write);

    /// <summary>Rows of one table, appended in the order given.</summary>
    public abstract IRowSink Rows(string table, params string[] columns);

    /// <summary>One or more statements without parameters (the demo's own SQL only).</summary>
    public abstract void Execute(string sql);

    /// <summary>Every row of a query without parameters, as SQLite's kinds of value.</summary>
    public abstract List<object?[]> Query(string sql);

    /// <summary>Every row <paramref name="command"/> reads, nulls as null: what <see cref="Query"/> returns on any engine.</summary>
    protected static List<object?[]> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Rebuilds `models` from the rows written (data/clean.sql, and the indexes the engine keeps).</summary>
    public abstract void Clean();

    /// <summary>Puts the finished snapshot in place of the target.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}
