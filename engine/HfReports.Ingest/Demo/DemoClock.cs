using System.Globalization;

namespace HfReports.Ingest.Demo;

/// <summary>
/// The fixed dates of the demo snapshot. Nothing reads the wall clock: times are seconds since
/// the Unix epoch (UTC) and all text is formatted with the invariant culture.
/// </summary>
internal static class DemoClock
{
    /// <summary>The date of the synthetic export, like the real v1 CSV.</summary>
    public const string AsOf = "2024-07-13";
    public const string ImportedAt = "2024-07-15T00:00:00Z";
    public const string SnapshotCreatedAt = "2024-07-15T00:00:00Z";
    /// <summary>When the synthetic Hub enrichment "ran"; every commit is older.</summary>
    public const string FetchedAt = "2024-07-14T12:00:00Z";

    public static readonly long Fetched = Seconds(2024, 7, 14, 12);
    /// <summary>The oldest repository of the demo.</summary>
    public static readonly long TailStart = Seconds(2019, 1, 1);
    /// <summary>From here on, creation grows quickly (the open-model boom).</summary>
    public static readonly long BoomStart = Seconds(2023, 1, 1);
    /// <summary>No new repository after this: the v1 leaderboard closed in June 2024.</summary>
    public static readonly long CreationEnd = Seconds(2024, 6, 12);
    /// <summary>The first and last submission times of the real v1 export.</summary>
    public static readonly long LeaderboardOpens = Seconds(2023, 7, 19);
    public static readonly long Rerun = Seconds(2023, 9, 1);
    public static readonly long LeaderboardCloses = Seconds(2024, 6, 15, 20);

    public const long Day = 86_400;

    public static long Seconds(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).ToUnixTimeSeconds();

    public static long Date(string isoDate) =>
        DateTimeOffset.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            .ToUnixTimeSeconds();

    /// <summary>ISO-8601 UTC text, 'YYYY-MM-DDTHH:MM:SSZ' as the schema asks.</summary>
    public static string Format(long seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static double DaysBetween(long from, long to) => (to - from) / (double)Day;
}
