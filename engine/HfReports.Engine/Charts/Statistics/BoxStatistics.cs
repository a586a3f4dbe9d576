using HfReports.Engine.Transform;

namespace HfReports.Engine.Charts.Statistics;

/// <summary>
/// Tukey's box of a group of values, as ggplot2's geom_boxplot draws it: quartiles interpolated linearly
/// (R's type 7), whiskers out to the furthest values within 1.5 interquartile ranges of the box, and the values
/// beyond the whiskers as outliers.
/// </summary>
internal sealed record BoxStatistics(double Lower, double Q1, double Median, double Q3, double Upper, IReadOnlyList<double> Outliers)
{
    public const double WhiskerReach = 1.5;

    public static BoxStatistics Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("a box needs at least one value", nameof(values));
        var numbers = values.ToArray();
        var q1 = AggregateFunctions.Quantile(numbers, 0.25);
        var median = AggregateFunctions.Quantile(numbers, 0.5);
        var q3 = AggregateFunctions.Quantile(numbers, 0.75);
        var reach = WhiskerReach * (q3 - q1);
        var inside = numbers.Where(v => v >= q1 - reach && v <= q3 + reach).ToArray();
        var outliers = numbers.Where(v => v < q1 - reach || v > q3 + reach).Order().ToArray();
        return new BoxStatistics(inside.Min(), q1, median, q3, inside.Max(), outliers);
    }
}
