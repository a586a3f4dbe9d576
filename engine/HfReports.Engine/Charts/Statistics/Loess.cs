using MathNet.Numerics;

namespace HfReports.Engine.Charts.Statistics;

/// <summary>
/// LOESS (Cleveland 1979), computed directly from its definition as R's
/// <c>loess(span, degree, family = "gaussian")</c> defines it: at each point x0, the q = floor(n·span)
/// nearest observations get tricube weights w = (1 − (d/D)³)³, where D is the distance to the
/// q-th nearest, and a weighted least-squares polynomial of the given degree, centred at x0, gives
/// the fitted value (its intercept). R evaluates on an interpolated kd-tree surface by default;
/// this is the exact ("surface = direct") value.
/// </summary>
public static class Loess
{
    public static double Fit(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double x0, double span, int degree = 2)
    {
        var n = xs.Count;
        if (n == 0) return double.NaN;
        if (n != ys.Count) throw new ArgumentException("xs and ys differ in length");
        var q = Math.Clamp((int)Math.Floor(n * span), Math.Min(n, degree + 1), n);
        var distances = xs.Select(x => Math.Abs(x - x0)).ToArray();
        var sorted = distances.Order().ToArray();
        var maxDistance = sorted[q - 1];
        // R widens D for span > 1; spans here are at most 1, so the q-th distance is D.
        var xsLocal = new List<double>();
        var ysLocal = new List<double>();
        var weights = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var w = maxDistance > 0 ? Tricube(distances[i] / maxDistance) : distances[i] == 0 ? 1 : 0;
            if (w <= 0) continue;
            xsLocal.Add(xs[i] - x0);
            ysLocal.Add(ys[i]);
            weights.Add(w);
        }
        var distinct = xsLocal.Distinct().Count();
        var order = Math.Min(degree, distinct - 1);
        if (order <= 0) return WeightedMean(ysLocal, weights);
        var coefficients = MathNet.Numerics.Fit.PolynomialWeighted(xsLocal.ToArray(), ysLocal.ToArray(), weights.ToArray(), order);
        return coefficients[0];
    }

    public static double Tricube(double u) => u >= 1 ? 0 : Math.Pow(1 - u * u * u, 3);

    /// <summary>The smoothed curve at <paramref name="points"/> evenly spaced x values across the data.</summary>
    public static (double[] Xs, double[] Ys) Curve(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double span, int points, int degree = 2)
    {
        if (xs.Count < 3) return ([], []);
        var (min, max) = (xs.Min(), xs.Max());
        if (!(max > min)) return ([], []);
        var grid = Generate.LinearSpaced(points, min, max);
        return (grid, grid.Select(x => Fit(xs, ys, x, span, degree)).ToArray());
    }

    private static double WeightedMean(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        return total > 0 ? values.Select((v, i) => v * weights[i]).Sum() / total : double.NaN;
    }
}
