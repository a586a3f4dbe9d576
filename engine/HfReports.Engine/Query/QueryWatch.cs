using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>
/// Enforces a query's time limit: SQLite calls the progress handler every few thousand virtual-machine
/// steps while a statement runs, and a non-zero answer interrupts it (SQLITE_INTERRUPT). The same hook
/// stops a query when the build is cancelled. One per connection, like the connection not for concurrent use.
/// </summary>
public sealed class QueryWatch
{
    private const int StepsBetweenChecks = 4_096;

    // Kept in a field so the delegate SQLite calls back into is never collected.
    private readonly delegate_progress _onProgress;
    private readonly Stopwatch _clock = new();
    private TimeSpan _limit = Timeout.InfiniteTimeSpan;
    private CancellationToken _cancellation;

    private QueryWatch() => _onProgress = OnProgress;

    public static QueryWatch Install(SqliteConnection connection)
    {
        var watch = new QueryWatch();
        raw.sqlite3_progress_handler(connection.Handle, StepsBetweenChecks, watch._onProgress, null);
        return watch;
    }

    /// <summary>True once the running query has passed its limit.</summary>
    public bool Expired => _limit != Timeout.InfiniteTimeSpan && _clock.Elapsed > _limit;

    /// <summary>Starts timing one query; dispose the result when the query's rows are read.</summary>
    public Scope Start(TimeSpan limit, CancellationToken cancellation)
    {
        _limit = limit;
        _cancellation = cancellation;
        _clock.Restart();
        return new Scope(this);
    }

    private int OnProgress(object userData) => Expired || _cancellation.IsCancellationRequested ? 1 : 0;

    public readonly struct Scope(QueryWatch watch) : IDisposable
    {
        public void Dispose()
        {
            watch._limit = Timeout.InfiniteTimeSpan;
            watch._cancellation = CancellationToken.None;
            watch._clock.Reset();
        }
    }
}
