namespace HfReports.Ingest.Hub;

/// <summary>
/// Reads RFC 8288 Link headers, the way the Hub paginates lists (the same format as
/// GitHub's API, which huggingface_hub follows through requests' Response.links).
/// </summary>
internal static class LinkHeader
{
    /// <summary>The URL of the entry with rel="next", resolved against the request URL; null when absent.</summary>
    public static string? FindNext(IEnumerable<string> headerValues, Uri requestUri)
    {
        foreach (var value in headerValues)
            foreach (var entry in SplitEntries(value))
            {
                var open = entry.IndexOf('<');
                var close = entry.IndexOf('>', open + 1);
                if (open < 0 || close < 0) continue;
                var target = entry[(open + 1)..close].Trim();
                var parameters = entry[(close + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (parameters.Any(IsRelNext) && Uri.TryCreate(requestUri, target, out var next))
                    return next.ToString();
            }
        return null;
    }

    private static bool IsRelNext(string parameter)
    {
        var parts = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("rel", StringComparison.OrdinalIgnoreCase)) return false;
        // rel may hold several space-separated relation types.
        return parts[1].Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(rel => rel.Equals("next", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Splits on commas outside angle brackets, since URLs may contain commas.</summary>
    private static IEnumerable<string> SplitEntries(string value)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '<') depth++;
            else if (value[i] == '>') depth = Math.Max(0, depth - 1);
            else if (value[i] == ',' && depth == 0)
            {
                yield return value[start..i];
                start = i + 1;
            }
        }
        yield return value[start..];
    }
}
