namespace HfReports.Engine.Charts.Statistics;

/// <summary>The least-squares line through the points (MathNet's Fit.Line), drawn across their x range.</summary>
internal static class LinearFit
{
    public static (double[] Xs, double[] Ys) Curve(IReadOnlyList<double> xs, IReadOnlyList<double> ys, int points)
    {
        if (xs.Count < 2 || xs.Distinct().Count() < 2) return ([], []);
        // Centre x so that OADate-sized values keep their precision.
        var mean = xs.Average();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(xs.Select(x => x - mean).ToArray(), ys.ToArray());
        var grid = MathNet.Numerics.Generate.LinearSpaced(points, xs.Min(), xs.Max());
        return (grid, grid.Select(x => intercept + slope * (x - mean)).ToArray());
    }
}
