namespace HfReports.Engine.Charts.Statistics;

/// <summary>
/// The outline of a violin: the Gaussian kernel density of the values (R's bw.nrd0 bandwidth unless one is
/// declared) at evenly spaced points over the range of the values (trimmed, as ggplot2's default), scaled so
/// the widest point of each violin spans the same width.
/// </summary>
internal static class ViolinShape
{
    public static (double[] Values, double[] Densities) Of(IReadOnlyList<double> values, double? bandwidth, int points = 128)
    {
        var min = values.Min();
        var max = values.Max();
        if (max == min) return ([min], [1]);
        var h = bandwidth ?? KernelDensity.Bandwidth(values);
        var grid = MathNet.Numerics.Generate.LinearSpaced(points, min, max);
        var samples = values as IList<double> ?? values.ToList();
        return (grid, grid.Select(x => MathNet.Numerics.Statistics.KernelDensity.EstimateGaussian(x, h, samples)).ToArray());
    }
}
