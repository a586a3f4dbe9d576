using System.Globalization;
using System.Text.RegularExpressions;

namespace HfReports.Ingest.Import;

/// <summary>
/// The date an export was taken: `--as-of` when given, else the date in the file name
/// ('open-llm-leaderboard-v1_2024-07-13.csv'), else the newest submission date in the file.
/// </summary>
internal static partial class AsOfDate
{
    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2})(?!.*\d{4}-\d{2}-\d{2})")]
    private static partial Regex DateInName();

    public static string? FromFileName(string fileName)
    {
        var match = DateInName().Match(Path.GetFileNameWithoutExtension(fileName));
        return match.Success && IsDate(match.Value) ? match.Value : null;
    }

    public static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
