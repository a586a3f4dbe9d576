using System.Diagnostics;
using HfReports.Engine.Spec;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>
/// Enforces a statement's time limit and the build's cancellation from before SQLite prepares it until its rows are
/// read. Two hooks, because neither covers everything: SQLite calls the progress handler every few thousand
/// virtual-machine steps while a statement runs, and a timer (and the cancellation) calls sqlite3_interrupt, which
/// also stops the preparation of a statement whose views and CTEs expand without end. Either makes SQLite return
/// SQLITE_INTERRUPT. One per connection, like the connection not for concurrent use.
/// <para>
/// SQLite looks at neither between two steps, and one step can be long: a function over long text (instr, replace,
/// trim with many characters) compares every position with every other, minutes for two 8 MB values. So a third
/// hook, the watchdog: a statement still running <see cref="Grace"/> past its limit (or past the cancellation) is
/// handed to <see cref="Overran"/>, which the command line answers by printing the diagnostic and ending the process.
/// </para>
/// </summary>
public sealed class QueryWatch
{
    private const int StepsBetweenChecks = 4_096;

    /// <summary>How long past its limit (or the cancellation) a statement may run before the watchdog acts.</summary>
    internal static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    /// <summary>What a statement overrunning its grace is reported as, and with which exit code; called on a timer
    /// thread while the statement still runs. Unset (a library use), the statement is left to finish.</summary>
    public static Action<StatementOverrun>? Overran { get; set; }

    /// <summary>Where the statements of the current flow come from (a data block's query), for the watchdog's
    /// diagnostic; unset, a statement is the engine's own read of the snapshot.</summary>
    private static readonly AsyncLocal<StatementSite?> CurrentSite = new();

    // Kept in a field so the delegate SQLite calls back into is never collected.
    private readonly delegate_progress _onProgress;
    private readonly SqliteConnection _connection;
    private readonly string _snapshot;
    private readonly Stopwatch _clock = new();
    private readonly Lock _gate = new();
    private TimeSpan _limit = Timeout.InfiniteTimeSpan;
    private CancellationToken _cancellation;
    private bool _running;
    private long _statement;

    private QueryWatch(SqliteConnection connection, string snapshot)
    {
        _connection = connection;
        _snapshot = snapshot;
        _onProgress = OnProgress;
    }

    internal static QueryWatch Install(SqliteConnection connection, string snapshot)
    {
        var watch = new QueryWatch(connection, snapshot);
        raw.sqlite3_progress_handler(connection.Handle, StepsBetweenChecks, watch._onProgress, null);
        return watch;
    }

    /// <summary>Names the spec location of the statements run until the result is disposed (on this flow only).</summary>
    internal static IDisposable At(SourceLocation location, string keyPath)
    {
        var previous = CurrentSite.Value;
        CurrentSite.Value = new StatementSite(location, keyPath);
        return new SiteScope(previous);
    }

    /// <summary>True once the running statement has passed its limit.</summary>
    internal bool Expired => _limit != Timeout.InfiniteTimeSpan && _clock.Elapsed > _limit;

    /// <summary>Starts timing one statement, before it is prepared; dispose the result when its rows are read.</summary>
    internal Scope Start(TimeSpan limit, CancellationToken cancellation)
    {
        long statement;
        lock (_gate)
        {
            _limit = limit;
            _cancellation = cancellation;
            _running = true;
            statement = ++_statement;
            _clock.Restart();
        }
        var site = CurrentSite.Value;
        // Slightly past the limit, so that an interrupt from the timer is always seen as expired.
        var timer = limit == Timeout.InfiniteTimeSpan ? null : new Timer(_ => Interrupt(), null, limit + TimeSpan.FromMilliseconds(5), Timeout.InfiniteTimeSpan);
        var watchdog = new Timer(_ => Overrun(statement, limit, site, cancellation.IsCancellationRequested), null,
            limit == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : limit + Grace, Timeout.InfiniteTimeSpan);
        var registration = cancellation.Register(() =>
        {
            Interrupt();
            lock (_gate)
                if (_running && _statement == statement) watchdog.Change(Grace, Timeout.InfiniteTimeSpan);
        });
        return new Scope(this, timer, watchdog, registration);
    }

    private int OnProgress(object userData) => Expired || _cancellation.IsCancellationRequested ? 1 : 0;

    /// <summary>Interrupts the statement if one is still being timed (never a later one: the scope ends under the same lock).</summary>
    private void Interrupt()
    {
        lock (_gate)
            if (_running) raw.sqlite3_interrupt(_connection.Handle);
    }

    /// <summary>The statement was interrupted and still runs, inside one step SQLite does not interrupt.</summary>
    private void Overrun(long statement, TimeSpan limit, StatementSite? site, bool cancelled)
    {
        lock (_gate)
            if (!_running || _statement != statement) return;
        var inside = $"inside one SQLite step that cannot be interrupted (expanding nested views or CTEs, or a function such as instr or replace over long text); the process was ended";
        StatementOverrun overrun;
        if (cancelled)
            overrun = new(new Diagnostic(Severity.Error, $"build interrupted: a query was still running {QueryLimits.Describe(Grace)} after the interruption, {inside}", null), 130);
        else if (site is null)
            overrun = new(new Diagnostic(Severity.Error, $"'{_snapshot}' cannot be read: reading it was still running {QueryLimits.Describe(Grace)} past its time limit of "
                + $"{QueryLimits.Describe(limit)}, {inside}", null), 3);
        else
            overrun = new(new Diagnostic(Severity.Error, $"the query was still running {QueryLimits.Describe(Grace)} past its time limit of {QueryLimits.Describe(limit)}, "
                + $"{inside}; make it cheaper", site.Location, site.KeyPath), 1);
        Overran?.Invoke(overrun);
    }

    internal readonly struct Scope(QueryWatch watch, Timer? timer, Timer watchdog, CancellationTokenRegistration registration) : IDisposable
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
                watchdog.Dispose();
            }
        }
    }

    private sealed record StatementSite(SourceLocation Location, string KeyPath);

    private sealed class SiteScope(StatementSite? previous) : IDisposable
    {
        public void Dispose() => CurrentSite.Value = previous;
    }
}

/// <summary>A statement the watchdog found still running past its grace: what to print, and the exit code.</summary>
public sealed record StatementOverrun(Diagnostic Diagnostic, int ExitCode);
