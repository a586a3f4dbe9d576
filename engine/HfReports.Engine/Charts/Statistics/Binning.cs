namespace HfReports.Engine.Charts.Statistics;

/// <summary>Histogram bins: a declared width (edges at multiples of it, as ggplot's boundary = 0) or a
/// declared count over the data's range (Sturges' rule when neither is given, as R's hist()).</summary>
public static class Binning
{
    public static (double Start, double Width, int Count) Edges(IReadOnlyList<double> values, double? width, int? count)
    {
        var (min, max) = (values.Min(), values.Max());
        if (width is { } w)
        {
            var start = Math.Floor(min / w) * w;
            var n = Math.Max(1, (int)Math.Floor((max - start) / w) + 1);
            return (start, w, n);
        }
        var bins = count ?? (int)Math.Ceiling(Math.Log2(values.Count) + 1);
        if (!(max > min)) return (min - 0.5, 1, 1);
        return (min, (max - min) / bins, bins);
    }

    public static int Index(double value, double start, double width, int count) =>
        Math.Clamp((int)Math.Floor((value - start) / width), 0, count - 1);
}
