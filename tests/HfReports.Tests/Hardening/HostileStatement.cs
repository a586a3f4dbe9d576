using HfReports.Engine.Query;

namespace HfReports.Tests.Hardening;

/// <summary>What a hostile statement must end in, on every engine.</summary>
public enum HostileOutcome
{
    /// <summary>Refused, or failed in the engine: it never runs as written.</summary>
    Refused,
    /// <summary>Stopped at the block's time limit.</summary>
    StopsAtTimeLimit,
    /// <summary>Stopped when the frame passed its row limit.</summary>
    StopsAtRowLimit,
}

/// <summary>One statement of the hostile corpus: what it must end in, SQLite's exact message for it, and the block's
/// `timeout` / `max_rows` when it tests a limit.</summary>
public sealed record HostileStatement(string Name, string Sql, string SqliteError, HostileOutcome Outcome = HostileOutcome.Refused,
    TimeSpan? Timeout = null, int? MaxRows = null)
{
    /// <summary>The statement as a SQLite build case of the corpus: a table block whose query it is.</summary>
    public HostileCase AsCase()
    {
        var extra = string.Join('\n', new[] { Timeout is null ? null : $"timeout: {Timeout.Value.TotalMilliseconds:0}ms", MaxRows is null ? null : $"max_rows: {MaxRows}" }.OfType<string>());
        return new(Name, HostileCorpus.Table(Sql, extra: extra), SqliteError, "query:");
    }

    /// <summary>The limits its block sets, as a build would run it.</summary>
    internal QueryLimits Limits => QueryLimits.For(Timeout, MaxRows);

    public override string ToString() => Name;
}
