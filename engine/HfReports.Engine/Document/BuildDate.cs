using System.Globalization;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Document;

/// <summary>
/// The date stamped into outputs: SOURCE_DATE_EPOCH when set (the reproducible-builds
/// convention), else the snapshot's creation time, never the wall clock, so the same inputs
/// give the same bytes.
/// </summary>
public static class BuildDate
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    internal static DateTime Resolve(DateTime snapshotCreated, string? sourceDateEpoch, DiagnosticBag diagnostics, SourceLocation? location)
    {
        if (string.IsNullOrWhiteSpace(sourceDateEpoch)) return DateTime.SpecifyKind(snapshotCreated, DateTimeKind.Utc);
        if (Parse(sourceDateEpoch) is { } date) return date;
        diagnostics.Warning($"{Variable}='{sourceDateEpoch}' is not a count of seconds since 1970-01-01; the snapshot's date is used instead",
            location, suggestion: Suggestion);
        return DateTime.SpecifyKind(snapshotCreated, DateTimeKind.Utc);
    }

    public const string Suggestion = "set it to e.g. $(git log -1 --format=%ct)";

    /// <summary>The UTC time a SOURCE_DATE_EPOCH value stands for; null when it is not a count of seconds.</summary>
    public static DateTime? Parse(string sourceDateEpoch) =>
        long.TryParse(sourceDateEpoch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : null;
}
