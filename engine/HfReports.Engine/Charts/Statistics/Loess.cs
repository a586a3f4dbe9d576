namespace HfReports.Engine.Charts.Statistics;

/// <summary>
/// LOESS (Cleveland 1979), computed directly from its definition as R's
/// <c>loess(span, degree, family = "gaussian")</c> defines it: at each point x0, the q = floor(n·span)
/// nearest observations get tricube weights w = (1 − (d/D)³)³, where D is the distance to the
/// q-th nearest, and a weighted least-squares polynomial of the given degree, centred at x0, gives
/// the fitted value (its intercept). R evaluates on an interpolated kd-tree surface by default;
/// this is the exact ("surface = direct") value.
/// </summary>
/// <remarks>
/// The points are sorted by x once per curve, so the q nearest of any x0 are a run of the sorted array found by
/// walking outwards from x0 (O(q) per fit instead of sorting every distance), and each local fit solves its
/// small normal equations in u = (x − x0)/D, where the powers of u stay within [−1, 1].
/// </remarks>
internal static class Loess
{
    public static double Fit(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double x0, double span, int degree = 2) =>
        SortedSample.Of(xs, ys).Fit(x0, span, degree);

    public static double Tricube(double u)
    {
        if (u >= 1) return 0;
        var t = 1 - u * u * u;
        return t * t * t;
    }

    /// <summary>The smoothed curve at <paramref name="points"/> evenly spaced x values across the data.</summary>
    public static (double[] Xs, double[] Ys) Curve(IReadOnlyList<double> xs, IReadOnlyList<double> ys, double span, int points, int degree = 2)
    {
        if (xs.Count < 3) return ([], []);
        var sample = SortedSample.Of(xs, ys);
        var (min, max) = (sample.Xs[0], sample.Xs[^1]);
        if (!(max > min)) return ([], []);
        var grid = MathNet.Numerics.Generate.LinearSpaced(points, min, max);
        return (grid, grid.Select(x => sample.Fit(x, span, degree)).ToArray());
    }

    private sealed record SortedSample(double[] Xs, double[] Ys)
    {
        public static SortedSample Of(IReadOnlyList<double> xs, IReadOnlyList<double> ys)
        {
            if (xs.Count != ys.Count) throw new ArgumentException("xs and ys differ in length");
            var sortedXs = xs.ToArray();
            var sortedYs = ys.ToArray();
            Array.Sort(sortedXs, sortedYs);
            return new SortedSample(sortedXs, sortedYs);
        }

        public double Fit(double x0, double span, int degree)
        {
            var n = Xs.Length;
            if (n == 0) return double.NaN;
            var q = Math.Clamp((int)Math.Floor(n * span), Math.Min(n, degree + 1), n);
            var start = LowerBound(x0);
            var maxDistance = QthNearestDistance(x0, start, q);
            // R widens D for span > 1; spans here are at most 1, so the q-th distance is D.
            var (first, last) = WeightedRun(x0, start, maxDistance);
            // The q nearest all lie at x0 itself: each weighs 1, and the fit is their mean.
            if (maxDistance == 0) return MeanOf(first, last);
            var order = Math.Min(degree, DistinctXs(first, last, degree + 1) - 1);
            Span<double> moments = stackalloc double[5];
            Span<double> targets = stackalloc double[3];
            for (var i = first; i <= last; i++)
            {
                var u = (Xs[i] - x0) / maxDistance;
                var power = Tricube(Math.Abs(u));
                for (var k = 0; k <= 2 * Math.Max(order, 0); k++, power *= u)
                {
                    moments[k] += power;
                    if (k <= order) targets[k] += power * Ys[i];
                }
            }
            // A weighted mean when the weighted xs are all one value; NaN (0 / 0) when no point is nearer than D.
            if (order <= 0) return targets[0] / moments[0];
            return NormalEquations.Intercept(moments, targets, order);
        }

        private double MeanOf(int first, int last)
        {
            var sum = 0.0;
            for (var i = first; i <= last; i++) sum += Ys[i];
            return sum / (last - first + 1);
        }

        /// <summary>D: the distance from x0 to its q-th nearest point, walking outwards from x0's place in the sorted xs
        /// (<paramref name="start"/>, the first x not below x0).</summary>
        private double QthNearestDistance(double x0, int start, int q)
        {
            var right = start;
            var left = right - 1;
            var distance = 0.0;
            for (var taken = 0; taken < q; taken++)
            {
                var leftDistance = left >= 0 ? x0 - Xs[left] : double.PositiveInfinity;
                var rightDistance = right < Xs.Length ? Xs[right] - x0 : double.PositiveInfinity;
                if (leftDistance <= rightDistance) { distance = leftDistance; left--; }
                else { distance = rightDistance; right++; }
            }
            return distance;
        }

        /// <summary>The indices of the points with a positive weight: nearer than D, or exactly at x0 when D is 0.</summary>
        private (int First, int Last) WeightedRun(double x0, int start, double maxDistance)
        {
            bool Weighted(int i) => maxDistance > 0 ? Math.Abs(Xs[i] - x0) < maxDistance : Xs[i] == x0;
            var first = start;
            while (first > 0 && Weighted(first - 1)) first--;
            var last = start - 1;
            while (last + 1 < Xs.Length && Weighted(last + 1)) last++;
            return (first, last);
        }

        /// <summary>The number of distinct xs in the run, counted up to <paramref name="enough"/>.</summary>
        private int DistinctXs(int first, int last, int enough)
        {
            if (last < first) return 0;
            var distinct = 1;
            for (var i = first + 1; i <= last && distinct < enough; i++)
                if (Xs[i] != Xs[i - 1]) distinct++;
            return distinct;
        }

        private int LowerBound(double x)
        {
            var (low, high) = (0, Xs.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (Xs[middle] < x) low = middle + 1; else high = middle;
            }
            return low;
        }
    }
}
