using System.Data.Common;
using System.Diagnostics;

namespace HfReports.Engine.Query;

/// <summary>
/// The part of the backend contract that DuckDB and PostgreSQL share through ADO.NET: named parameters bound as numbered
/// ones (never pasted into the text), a check that the SQL is one read-only SELECT before it runs, a time limit and the
/// build's cancellation (each engine interrupts in its own way), and every row handed over in SQLite's kinds of value.
/// Engine errors become <see cref="QuerySqlException"/>s that say which engine refused what.
/// </summary>
internal abstract class AdoSnapshot(string path) : SnapshotDatabase(path)
{
    protected abstract DbConnection Connection { get; }

    /// <summary>Throws a <see cref="QueryRefusedException"/> unless <paramref name="sql"/> (numbered parameters, ending at
    /// <paramref name="significantEnd"/>) is one statement that only reads.</summary>
    protected abstract void CheckSingleSelect(string sql, int significantEnd, object[] values, TimeSpan timeout);

    /// <summary>Runs the checked statement; <paramref name="read"/> is called with its open reader.</summary>
    protected abstract void Run(DbCommand command, TimeSpan timeout, Action<DbDataReader> read);

    /// <summary>Stops the running statement from another thread (the timer or the build's cancellation).</summary>
    protected abstract void Interrupt(DbCommand? command);

    /// <summary>The engine's error as a spec author should read it; null when it is not the engine's error.</summary>
    protected abstract string? Message(Exception e);

    /// <summary>Whether the error says the statement was interrupted (by <see cref="Interrupt"/> or the server's timeout).</summary>
    protected abstract bool WasInterrupted(Exception e);

    private readonly Lock _gate = new();
    private bool _running;
    private DbCommand? _command;

    internal override void Execute(string sql, IReadOnlyDictionary<string, object?> parameters, TimeSpan timeout,
        CancellationToken cancellation, Action<string[]>? columns, Func<SnapshotStatement.Row, bool> row)
    {
        var text = NamedParameters.Rewrite(sql, out var names, out var written, out var end);
        if (end == 0) throw new QueryRefusedException("the query holds no SQL statement");
        var values = new object[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            if (!parameters.TryGetValue(names[i], out var value)) throw new MissingParameterException(written[i], parameters.Keys);
            values[i] = AdoValues.ToProvider(value);
        }
        var clock = Stopwatch.StartNew();
        lock (_gate) _running = true;
        using var timer = timeout == Timeout.InfiniteTimeSpan ? null : new Timer(_ => Stop(), null, timeout + TimeSpan.FromMilliseconds(5), Timeout.InfiniteTimeSpan);
        using var registration = cancellation.Register(Stop);
        try
        {
            CheckSingleSelect(text, end, values, timeout);
            using var command = Connection.CreateCommand();
            command.CommandText = text;
            foreach (var value in values)
            {
                var parameter = command.CreateParameter();
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            lock (_gate) _command = command;
            Run(command, timeout, reader =>
            {
                var names = new string[reader.FieldCount];
                for (var i = 0; i < names.Length; i++) names[i] = reader.GetName(i) is { Length: > 0 } name ? name : $"column{i + 1}";
                columns?.Invoke(names);
                var current = new AdoRow(reader);
                while (reader.Read())
                    if (!row(current)) return;
            });
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new QueryTimeoutException(timeout); // the provider reports its interruption as a cancellation
        }
        catch (Exception e) when (e is QuerySqlException || (e is not QueryException && Message(e) is not null))
        {
            // An interruption can also reach the engine's check before the statement runs.
            var message = e is QuerySqlException ? e.Message["SQL error: ".Length..] : Message(e)!;
            cancellation.ThrowIfCancellationRequested();
            if (WasInterrupted(e) || (timeout != Timeout.InfiniteTimeSpan && clock.Elapsed > timeout)) throw new QueryTimeoutException(timeout);
            throw new QuerySqlException(message);
        }
        finally
        {
            lock (_gate)
            {
                _running = false;
                _command = null;
            }
        }
    }

    /// <summary>Interrupts the statement if one is still running (never a later one: it ends under the same lock).</summary>
    private void Stop()
    {
        lock (_gate)
            if (_running) Interrupt(_command);
    }
}
