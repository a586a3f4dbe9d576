using System.Globalization;

namespace HfReports.Ingest.Hub;

/// <summary>Hub times ('2023-07-18T16:00:00.000Z') in the snapshot's format ('2023-07-18T16:00:00Z').</summary>
internal static class HubTimestamp
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string? Normalize(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? ToSnapshot(parsed)
            : null;

    public static string ToSnapshot(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
