namespace HfReports.Ingest.Import.Rules;

/// <summary>
/// Licence ids are stored trimmed and lower-case. An empty licence is stored as NULL (the
/// schema's "none given"); reports show NULL as "unknown". The exported words 'other' and
/// 'unknown' are kept as they are, because the paper's Table 5 counts them separately.
/// </summary>
internal static class LicenseRule
{
    public static string? Normalise(ReadOnlySpan<char> exported)
    {
        var trimmed = exported.Trim();
        return trimmed.IsEmpty ? null : trimmed.ToString().ToLowerInvariant();
    }
}
