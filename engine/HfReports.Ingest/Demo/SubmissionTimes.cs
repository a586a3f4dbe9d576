namespace HfReports.Ingest.Demo;

/// <summary>
/// Leaderboard submission times (v1 'date'): days to weeks after creation. Older repositories
/// were (re-)evaluated when the v1 leaderboard re-ran in September 2023, so like the real
/// export almost all dates fall between 2023-09 and 2024-06-15, with a few from July-August
/// 2023 and a few blanks.
/// </summary>
internal static class SubmissionTimes
{
    public static long? Pick(long createdAt, DemoRandom random)
    {
        if (random.Chance(0.0035)) return null;
        long submitted;
        if (createdAt < DemoClock.Rerun)
        {
            submitted = random.Chance(0.004)
                ? DemoClock.LeaderboardOpens + (long)(random.NextDouble() * (DemoClock.Rerun - DemoClock.LeaderboardOpens))
                : DemoClock.Rerun + (long)random.Exponential(40 * DemoClock.Day);
            submitted = Math.Max(submitted, createdAt + 3600);
        }
        else
        {
            submitted = createdAt + 2 * 3600 + (long)random.Exponential(9 * DemoClock.Day);
        }
        if (submitted > DemoClock.LeaderboardCloses)
            submitted = createdAt + (long)(random.NextDouble() * Math.Max(3600, DemoClock.LeaderboardCloses - createdAt));
        return Math.Min(submitted, DemoClock.LeaderboardCloses);
    }

    /// <summary>Another evaluation of the same repository (other precision or revision).</summary>
    public static long? Resubmission(long? first, long createdAt, DemoRandom random)
    {
        if (first is null) return null;
        var shifted = first.Value + (long)random.Normal(0, 12 * DemoClock.Day);
        return Math.Clamp(shifted, Math.Max(createdAt + 3600, first.Value >= DemoClock.Rerun ? DemoClock.Rerun : DemoClock.LeaderboardOpens), DemoClock.LeaderboardCloses);
    }
}
