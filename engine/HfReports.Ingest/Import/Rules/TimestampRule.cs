using System.Globalization;

namespace HfReports.Ingest.Import.Rules;

/// <summary>
/// Times are stored as 'YYYY-MM-DDTHH:MM:SSZ' (UTC, whole seconds) and dates as 'YYYY-MM-DD'.
/// v1 `date` is mostly '2024-05-05T12:22:44Z', but five rows carry microseconds and no zone
/// ('2023-09-15T11:25:37.918274'): a missing zone means UTC and fractions are dropped. A v2
/// submission date has no time and is stored as that day at 00:00:00Z. Empty means unknown.
/// </summary>
internal static class TimestampRule
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd",
    ];

    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static string? ToTimestamp(ReadOnlySpan<char> text)
    {
        var instant = Parse(text);
        return instant?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    public static string? ToDate(ReadOnlySpan<char> text)
    {
        var instant = Parse(text);
        return instant?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static DateTime? Parse(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        if (value.IsEmpty) return null;
        if (DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, Utc, out var instant))
            return new DateTime(instant.Ticks - instant.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        throw new FormatException($"expected an ISO-8601 date or time, got '{value}'");
    }
}
