using HfReports.Engine.Charts.Statistics;

namespace HfReports.Tests.Charts;

/// <summary>
/// LOESS against values worked by hand from its definition (R's loess with surface = "direct"):
/// data x = 1..5, y = 1, 3, 2, 5, 4, span 0.8, so q = floor(5 · 0.8) = 4 neighbours.
/// </summary>
public class LoessTests
{
    private static readonly double[] Xs = [1, 2, 3, 4, 5];
    private static readonly double[] Ys = [1, 3, 2, 5, 4];

    [Fact]
    public void Local_linear_fit_at_the_centre_is_the_tricube_weighted_mean()
    {
        // At x0 = 3 the distances are 2, 1, 0, 1, 2 and D (the 4th smallest) is 2. Tricube weights:
        // (1 − 0.5³)³ = 0.669921875 for x = 2 and 4, 1 for x = 3, 0 for x = 1 and 5. The weighted x
        // mean is 3, so the local line's value there is the weighted mean of y:
        // (0.669921875 · 3 + 2 + 0.669921875 · 5) / (1 + 2 · 0.669921875) = 3.14524207...
        Assert.Equal(3.1452420701168613, Loess.Fit(Xs, Ys, 3, 0.8, degree: 1), 12);
    }

    [Fact]
    public void Local_linear_fit_at_the_edge_matches_weighted_least_squares_worked_by_hand()
    {
        // At x0 = 1 the distances are 0..4 and D = 3: weights 1, (26/27)³ = 0.892953..., (19/27)³ = 0.348473...
        // for x = 1, 2, 3. Weighted least squares through (1,1), (2,3), (3,2), evaluated at x = 1: 1.35931681...
        Assert.Equal(1.3593168169557002, Loess.Fit(Xs, Ys, 1, 0.8, degree: 1), 12);
    }

    [Fact]
    public void Local_quadratic_through_three_weighted_points_interpolates()
    {
        // Only three points carry weight at x0 = 3, so the degree-2 fit passes through them: the value is y(3).
        Assert.Equal(2, Loess.Fit(Xs, Ys, 3, 0.8, degree: 2), 10);
    }

    [Fact]
    public void Reproduces_a_quadratic_exactly_whatever_the_span()
    {
        var xs = Enumerable.Range(0, 30).Select(i => i * 0.37).ToArray();
        var ys = xs.Select(x => 2 - 0.5 * x + 0.25 * x * x).ToArray();
        foreach (var span in new[] { 0.3, 0.75, 1.0 })
            foreach (var x0 in new[] { 0.0, 3.3, 10.7 })
                Assert.Equal(2 - 0.5 * x0 + 0.25 * x0 * x0, Loess.Fit(xs, ys, x0, span), 8);
    }

    [Fact]
    public void Works_on_date_sized_x_values()
    {
        // OADates near 45000: centring at x0 keeps the fit exact for a line.
        var xs = Enumerable.Range(0, 50).Select(i => 45000.0 + i).ToArray();
        var ys = xs.Select(x => 0.1 * (x - 45000) + 60).ToArray();
        var (curveX, curveY) = Loess.Curve(xs, ys, 0.75, 10);
        for (var i = 0; i < curveX.Length; i++)
            Assert.Equal(0.1 * (curveX[i] - 45000) + 60, curveY[i], 8);
    }

    [Fact]
    public void The_neighbour_count_rounds_n_times_span_down()
    {
        // span 0.7 of 5 points: q = floor(3.5) = 3, so D is the 3rd smallest distance from x0 = 3, which is 1. Points at
        // distance 1 get tricube(1) = 0, leaving x = 3 alone: the fit is y(3) = 2. Rounding up (q = 4, D = 2) would give
        // the weighted mean 3.1452... of the first test instead.
        Assert.Equal(2, Loess.Fit(Xs, Ys, 3, 0.7, degree: 1), 12);
    }

    [Fact]
    public void Tricube_weights_follow_the_definition()
    {
        Assert.Equal(1, Loess.Tricube(0));
        Assert.Equal(0.669921875, Loess.Tricube(0.5));
        Assert.Equal(0, Loess.Tricube(1));
    }

    [Fact]
    public void The_order_of_the_points_does_not_matter()
    {
        // The nearest neighbours are found in the points sorted by x: a shuffled copy gives the same fits.
        var xs = Enumerable.Range(0, 40).Select(i => i * 0.5 + Math.Sin(i)).ToArray();
        var ys = xs.Select(x => Math.Cos(x) * 3 + x).ToArray();
        var order = Enumerable.Range(0, 40).Select(i => (i * 17) % 40).ToArray();
        var shuffledXs = order.Select(i => xs[i]).ToArray();
        var shuffledYs = order.Select(i => ys[i]).ToArray();
        foreach (var x0 in new[] { -1.0, 0, 4.2, 10, 19.5, 25 })
            Assert.Equal(Loess.Fit(xs, ys, x0, 0.3), Loess.Fit(shuffledXs, shuffledYs, x0, 0.3), 12);
    }

    [Fact]
    public void Neighbours_are_taken_from_both_sides_of_x0_by_distance()
    {
        // x = 0, 1, 2, 10, 11 with y = x², x0 = 9, span 0.6: q = 3 nearest are 10 (1), 11 (2) and 2 (7), so D = 7 and
        // x = 2 itself gets weight 0: the local line through (10, 100) and (11, 121) with weights (1 − (1/7)³)³ and
        // (1 − (2/7)³)³ is exact for two points, y = 21x − 110, whose value at 9 is 79.
        Assert.Equal(79, Loess.Fit([0, 1, 2, 10, 11], [0, 1, 4, 100, 121], 9, 0.6, degree: 1), 10);
    }

    [Fact]
    public void At_least_degree_plus_one_neighbours_are_taken_whatever_the_span()
    {
        // span 0.3 of 5 points: floor(1.5) = 1 neighbour, raised to degree + 1 = 3 for a local quadratic. From x0 = 2.5 the
        // distances are 1.5, 0.5, 0.5, 1.5, 2.5, so D = 1.5 and only x = 2 and 3 weigh (equally): their line, through
        // (2, 3) and (3, 2), is 2.5 at x0. With one neighbour D would be 0.5 and no point would weigh.
        Assert.Equal(2.5, Loess.Fit(Xs, Ys, 2.5, 0.3, degree: 2), 12);
    }

    [Fact]
    public void Points_and_values_of_different_lengths_are_refused_by_name()
    {
        Assert.Contains("differ in length", Assert.Throws<ArgumentException>(() => Loess.Fit([1, 2, 3], [1, 2], 0, 0.75)).Message);
        Assert.Contains("differ in length", Assert.Throws<ArgumentException>(() => Loess.Curve([1, 2, 3, 4], [1, 2], 0.75, 5)).Message);
    }

    [Fact]
    public void Where_the_weighted_xs_are_one_value_the_fit_is_their_weighted_mean()
    {
        // x0 = 0.5, span 1: D = 2.5, the distance to 3, whose weight is 0; the two points at 0 are weighted alike
        // (tricube(0.2)), so the fit is their mean, (1 + 3) / 2.
        Assert.Equal(2, Loess.Fit([0, 0, 3], [1, 3, 10], 0.5, 1), 12);
    }

    [Fact]
    public void Where_the_nearest_points_all_lie_at_x0_the_fit_is_their_plain_mean()
    {
        // x0 = 1, span 0.75 of 4 points: the 3 nearest are the three at 1 (D = 0), whose ys 1, 2 and 3 average 2.
        Assert.Equal(2, Loess.Fit([0, 1, 1, 1], [9, 1, 2, 3], 1, 0.75), 12);
    }
}
