using System.Globalization;

namespace HfReports.Engine.Query;

/// <summary>How long one query may run and how many rows its frame may hold.</summary>
internal sealed record QueryLimits(TimeSpan Timeout, int MaxRows)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    public const int DefaultMaxRows = 1_000_000;

    public static QueryLimits Default { get; } = new(DefaultTimeout, DefaultMaxRows);

    /// <summary>The limits of one data block: its own `timeout` / `max_rows` where given, else the defaults.</summary>
    public static QueryLimits For(TimeSpan? timeout, int? maxRows) => new(timeout ?? DefaultTimeout, maxRows ?? DefaultMaxRows);

    public static string Describe(TimeSpan limit) =>
        limit.TotalSeconds >= 1
            ? limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s"
            : limit.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
