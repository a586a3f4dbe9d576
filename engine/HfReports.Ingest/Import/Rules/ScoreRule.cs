namespace HfReports.Ingest.Import.Rules;

/// <summary>
/// Benchmark scores. Averages, v1 benchmarks and v2 normalised scores are points on 0-100; the
/// v2 raw values are accuracies on 0-1. v2 exports give both for each benchmark: the normalised
/// score goes to `ifeval`, `bbh`, ... and the raw value to `ifeval_raw`, ... A value outside its
/// range means the columns are mixed up, so it is a bad value. Empty means not evaluated.
/// </summary>
internal static class ScoreRule
{
    public static double? Points(double? value) => InRange(value, 0, 100, "a score between 0 and 100");

    public static double? Raw(double? value) => InRange(value, 0, 1, "a raw accuracy between 0 and 1");

    private static double? InRange(double? value, double low, double high, string expected)
    {
        if (value is null) return null;
        if (value.Value < low || value.Value > high) throw new FormatException($"expected {expected}, got '{value.Value}'");
        return value;
    }
}
