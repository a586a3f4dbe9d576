namespace HfReports.Engine.Charts.Statistics;

/// <summary>The trailing moving average of the points in x order: each value is the mean of itself and
/// the window − 1 before it (fewer at the start, as MathNet's Statistics.MovingAverage does).</summary>
internal static class MovingAverage
{
    public static (double[] Xs, double[] Ys) Curve(IReadOnlyList<double> xs, IReadOnlyList<double> ys, int window)
    {
        if (xs.Count == 0) return ([], []);
        return (xs.ToArray(), MathNet.Numerics.Statistics.Statistics.MovingAverage(ys, window).ToArray());
    }
}
