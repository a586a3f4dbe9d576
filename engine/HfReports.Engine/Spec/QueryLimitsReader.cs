using System.Globalization;
using System.Text.RegularExpressions;

namespace HfReports.Engine.Spec;

/// <summary>Reads a data block's `timeout` (seconds, or a number with ms / s / m) and `max_rows`.</summary>
internal static partial class QueryLimitsReader
{
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(1);
    public const int MaxRowsCeiling = 50_000_000;

    public static TimeSpan? Timeout(MappingReader data)
    {
        var node = data.Optional("timeout");
        if (node is null || node.IsNull) return null;
        var match = node.IsScalar ? Duration().Match(node.Text.Trim()) : Match.Empty;
        if (match.Success && double.TryParse(match.Groups["amount"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            var timeout = match.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "m" or "min" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
            if (timeout > TimeSpan.Zero && timeout <= MaxTimeout) return timeout;
        }
        data.Diagnostics.Error($"'timeout' must be a duration above 0 and at most 1 hour, found '{node.Text}'", node.Location, node.KeyPath,
            "for example: timeout: 60 (seconds), timeout: 500ms, timeout: 2m");
        return null;
    }

    public static int? MaxRows(MappingReader data)
    {
        var node = data.Optional("max_rows");
        if (node is null || node.IsNull) return null;
        if (node.IsScalar && int.TryParse(node.Text.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var rows)
            && rows is > 0 and <= MaxRowsCeiling)
            return rows;
        data.Diagnostics.Error($"'max_rows' must be a whole number from 1 to {MaxRowsCeiling:N0}, found '{node.Text}'", node.Location, node.KeyPath);
        return null;
    }

    [GeneratedRegex(@"^(?<amount>\d+(\.\d+)?)\s*(?<unit>ms|s|m|min)?$")]
    private static partial Regex Duration();
}
