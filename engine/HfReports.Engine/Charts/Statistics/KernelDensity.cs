using MathNet.Numerics.Statistics;

namespace HfReports.Engine.Charts.Statistics;

/// <summary>A Gaussian kernel density estimate (MathNet's KernelDensity), with R's default bandwidth
/// bw.nrd0 = 0.9 · min(sd, IQR/1.34) · n^(−1/5) when none is declared.</summary>
internal static class KernelDensity
{
    public static double Bandwidth(IReadOnlyList<double> values)
    {
        var sd = values.StandardDeviation();
        // R's IQR uses quantile type 7; MathNet's default quantile differs, so ask for R7 explicitly.
        var iqr = (values.QuantileCustom(0.75, QuantileDefinition.R7) - values.QuantileCustom(0.25, QuantileDefinition.R7)) / 1.34;
        var spread = Math.Min(sd, iqr);
        if (!(spread > 0)) spread = sd > 0 ? sd : iqr > 0 ? iqr : Math.Abs(values[0]) > 0 ? Math.Abs(values[0]) : 1;
        return 0.9 * spread * Math.Pow(values.Count, -0.2);
    }

    /// <summary>The density at evenly spaced points from three bandwidths below the smallest value to three above the largest.</summary>
    public static (double[] Xs, double[] Ys) Curve(IReadOnlyList<double> values, double? bandwidth, int points = 256)
    {
        if (values.Count == 0) return ([], []);
        var h = bandwidth ?? Bandwidth(values);
        var grid = MathNet.Numerics.Generate.LinearSpaced(points, values.Min() - 3 * h, values.Max() + 3 * h);
        var samples = values as IList<double> ?? values.ToList();
        return (grid, grid.Select(x => MathNet.Numerics.Statistics.KernelDensity.EstimateGaussian(x, h, samples)).ToArray());
    }
}
