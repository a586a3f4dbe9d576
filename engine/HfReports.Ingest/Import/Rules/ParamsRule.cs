namespace HfReports.Ingest.Import.Rules;

/// <summary>
/// Parameter sizes in billions. Exports mark an unknown size with a sentinel: v1 writes 0
/// (624 rows), v2 writes -1 (3 rows of the 2025-03-15 export); both become NULL. Any other
/// negative size is a bad value. v1 sizes are truncated integers and are kept as exported.
/// </summary>
internal static class ParamsRule
{
    public static double? Normalise(double? exported)
    {
        if (exported is null || exported.Value is 0 or -1) return null;
        if (exported.Value < 0) throw new FormatException($"expected a parameter size of at least 0, got '{exported.Value}'");
        return exported;
    }
}
