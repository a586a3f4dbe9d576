namespace HfReports.Engine.Charts.Statistics;

/// <summary>Histogram bins: a declared width (edges at multiples of it, or shifted to a declared boundary or centre, as
/// ggplot's boundary/center) or a declared count over the data's range (Sturges' rule when neither is given, as R's hist()).</summary>
internal static class Binning
{
    /// <param name="boundary">An edge of some bin (ggplot's boundary): bins are aligned so that it falls on an edge.</param>
    /// <param name="center">The centre of some bin (ggplot's center): with width 1 and center 0, bins are centred on integers.</param>
    public static (double Start, double Width, int Count) Edges(IReadOnlyList<double> values, double? width, int? count,
        double? boundary = null, double? center = null)
    {
        var (min, max) = (values.Min(), values.Max());
        if (width is null && (boundary is not null || center is not null) && count is not null && max > min)
            width = (max - min) / count;
        if (width is { } w)
        {
            var anchor = boundary ?? (center is { } c ? c - w / 2 : 0);
            var start = anchor + Math.Floor((min - anchor) / w) * w;
            // Counted as a double: a bin tiny against the range makes more bins than an int holds (the caller refuses them).
            var n = Math.Floor((max - start) / w) + 1;
            return (start, w, n >= int.MaxValue || double.IsNaN(n) ? int.MaxValue : Math.Max(1, (int)n));
        }
        var bins = count ?? (int)Math.Ceiling(Math.Log2(values.Count) + 1);
        if (!(max > min)) return (min - 0.5, 1, 1);
        return (min, (max - min) / bins, bins);
    }

    public static int Index(double value, double start, double width, int count) =>
        Math.Clamp((int)Math.Floor((value - start) / width), 0, count - 1);
}
