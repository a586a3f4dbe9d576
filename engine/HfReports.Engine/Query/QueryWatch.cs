using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>
/// Enforces a statement's time limit and the build's cancellation from before SQLite prepares it until its rows are
/// read. Two hooks, because neither covers everything: SQLite calls the progress handler every few thousand
/// virtual-machine steps while a statement runs, and a timer (and the cancellation) calls sqlite3_interrupt, which
/// also stops the preparation of a statement whose views and CTEs expand without end. Either makes SQLite return
/// SQLITE_INTERRUPT. One per connection, like the connection not for concurrent use.
/// </summary>
public sealed class QueryWatch
{
    private const int StepsBetweenChecks = 4_096;

    // Kept in a field so the delegate SQLite calls back into is never collected.
    private readonly delegate_progress _onProgress;
    private readonly SqliteConnection _connection;
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private TimeSpan _limit = Timeout.InfiniteTimeSpan;
    private CancellationToken _cancellation;
    private bool _running;

    private QueryWatch(SqliteConnection connection)
    {
        _connection = connection;
        _onProgress = OnProgress;
    }

    public static QueryWatch Install(SqliteConnection connection)
    {
        var watch = new QueryWatch(connection);
        raw.sqlite3_progress_handler(connection.Handle, StepsBetweenChecks, watch._onProgress, null);
        return watch;
    }

    /// <summary>True once the running statement has passed its limit.</summary>
    public bool Expired => _limit != Timeout.InfiniteTimeSpan && _clock.Elapsed > _limit;

    /// <summary>Starts timing one statement, before it is prepared; dispose the result when its rows are read.</summary>
    public Scope Start(TimeSpan limit, CancellationToken cancellation)
    {
        lock (_gate)
        {
            _limit = limit;
            _cancellation = cancellation;
            _running = true;
            _clock.Restart();
        }
        // Slightly past the limit, so that an interrupt from the timer is always seen as expired.
        var timer = limit == Timeout.InfiniteTimeSpan ? null : new Timer(_ => Interrupt(), null, limit + TimeSpan.FromMilliseconds(5), Timeout.InfiniteTimeSpan);
        var registration = cancellation.Register(Interrupt);
        return new Scope(this, timer, registration);
    }

    private int OnProgress(object userData) => Expired || _cancellation.IsCancellationRequested ? 1 : 0;

    /// <summary>Interrupts the statement if one is still being timed (never a later one: the scope ends under the same lock).</summary>
    private void Interrupt()
    {
        lock (_gate)
            if (_running) raw.sqlite3_interrupt(_connection.Handle);
    }

    public readonly struct Scope(QueryWatch watch, Timer? timer, CancellationTokenRegistration registration) : IDisposable
    {
        public void Dispose()
        {
            registration.Dispose();
            timer?.Dispose();
            lock (watch._gate)
            {
                watch._running = false;
                watch._limit = Timeout.InfiniteTimeSpan;
                watch._cancellation = CancellationToken.None;
                watch._clock.Reset();
            }
        }
    }
}
