using HfReports.Engine.Charts.Statistics;

namespace HfReports.Tests.Charts;

/// <summary>
/// The statistics at their edges, each value worked out by hand from the definition the code cites (R's hist() and
/// bw.nrd0, ggplot2's boundary and center, the normal density φ), not from the code.
/// </summary>
public sealed class StatisticsBoundaryTests
{
    private const double Phi0 = 0.3989422804014327; // φ(0) = 1/√(2π)
    private const double Phi1 = 0.24197072451914337; // φ(1)
    private const double Phi2 = 0.05399096651318806; // φ(2)
    private const double Phi3 = 0.0044318484119380075; // φ(3)

    [Fact]
    public void Without_a_width_or_count_sturges_rule_splits_the_range()
    {
        // n = 10: ceil(log2(10) + 1) = ceil(4.32) = 5 bins over 1..10, each 9/5 wide.
        Assert.Equal((1.0, 1.8, 5), Binning.Edges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], null, null));
        // n = 8: log2(8) + 1 = 4 exactly, so 4 bins, not 5.
        Assert.Equal((0.0, 1.75, 4), Binning.Edges([0, 1, 2, 3, 4, 5, 6, 7], null, null));
    }

    [Fact]
    public void A_declared_count_splits_the_range_evenly_and_one_value_gets_one_unit_bin()
    {
        Assert.Equal((0.0, 2.5, 4), Binning.Edges([0, 10], null, 4));
        Assert.Equal((2.5, 1.0, 1), Binning.Edges([3, 3, 3], null, null));
        Assert.Equal((4.5, 1.0, 1), Binning.Edges([5, 5], null, 3, boundary: 0));
    }

    [Fact]
    public void A_boundary_falls_on_an_edge_and_a_center_in_the_middle_of_a_bin()
    {
        // boundary 0.5: edges at ..., -0.5, 0.5, 1.5, ...; 0.3 is in [-0.5, 0.5), 2.7 in [2.5, 3.5): 4 bins.
        Assert.Equal((-0.5, 1.0, 4), Binning.Edges([0.3, 2.7], 1, null, boundary: 0.5));
        // center 0.25: edges at -0.25, 0.75, 1.75, 2.75: 0.3 in the first, 2.7 in the third.
        Assert.Equal((-0.25, 1.0, 3), Binning.Edges([0.3, 2.7], 1, null, center: 0.25));
        // center 0 with width 1: bins centred on the integers.
        Assert.Equal((-0.5, 1.0, 4), Binning.Edges([0.3, 2.7], 1, null, center: 0));
        // A count with a center: width (10 - 0) / 5 = 2, edges at -1, 1, ..., 11: 6 bins.
        Assert.Equal((-1.0, 2.0, 6), Binning.Edges([0, 10], null, 5, center: 0));
        Assert.Equal((0.0, 2.0, 6), Binning.Edges([0, 10], null, 5, boundary: 0));
    }

    [Fact]
    public void Negative_values_start_at_the_multiple_below_them()
    {
        // floor(-2.5) = -3: the first edge is -3, not -2; then [-3, -2), [-2, -1), [-1, 0).
        Assert.Equal((-3.0, 1.0, 3), Binning.Edges([-2.5, -0.5], 1, null));
        Assert.Equal((0.0, 1.0, 3), Binning.Edges([0.3, 2.7], 1, null));
    }

    [Theory]
    [InlineData(-5.0, 0)]   // below the first bin: clamped into it
    [InlineData(0.0, 0)]
    [InlineData(0.999, 0)]
    [InlineData(1.0, 1)]    // an inner edge opens the next bin
    [InlineData(2.5, 2)]
    [InlineData(3.0, 2)]    // the last edge belongs to the last bin
    [InlineData(10.0, 2)]
    public void A_value_falls_in_the_bin_whose_left_edge_it_reaches(double value, int bin) =>
        Assert.Equal(bin, Binning.Index(value, 0, 1, 3));

    [Fact]
    public void Bandwidth_falls_back_like_r_when_the_spread_is_zero()
    {
        // bw.nrd0: IQR of (1, 1, 1, 1, 5) is 0, so sd = 1.78885 stands: 0.9 · 1.78885 · 5^(-1/5) = 1.16687.
        Assert.Equal(1.166872749618789, KernelDensity.Bandwidth([1, 1, 1, 1, 5]), 10);
        // sd and IQR both 0: |x[1]| = 2 stands in, 0.9 · 2 · 3^(-1/5) = 1.44493.
        Assert.Equal(1.4449348111684153, KernelDensity.Bandwidth([2, 2, 2]), 10);
        Assert.Equal(1.4449348111684153, KernelDensity.Bandwidth([-2, -2, -2]), 10);
        // and when that is 0 too, 1: 0.9 · 3^(-1/5) = 0.72247.
        Assert.Equal(0.7224674055842076, KernelDensity.Bandwidth([0, 0, 0]), 10);
    }

    [Fact]
    public void The_density_curve_reaches_three_bandwidths_beyond_the_values()
    {
        var (xs, ys) = KernelDensity.Curve([0], 1, points: 3);
        Assert.Equal([-3.0, 0, 3], xs);
        Assert.Equal(Phi3, ys[0], 12);
        Assert.Equal(Phi0, ys[1], 12);
        Assert.Equal(Phi3, ys[2], 12);
        var (wider, _) = KernelDensity.Curve([1, 2], 0.5, points: 2);
        Assert.Equal([-0.5, 3.5], wider);
        Nothing(KernelDensity.Curve([], 1));
    }

    [Fact]
    public void A_violin_spans_the_values_only_and_a_single_value_is_a_point()
    {
        var (values, densities) = ViolinShape.Of([0, 2], 1, points: 3);
        Assert.Equal([0.0, 1, 2], values);
        Assert.Equal((Phi0 + Phi2) / 2, densities[0], 12);
        Assert.Equal(Phi1, densities[1], 12);
        Assert.Equal((Phi2 + Phi0) / 2, densities[2], 12);
        var (point, width) = ViolinShape.Of([4, 4, 4], null);
        Assert.Equal([4.0], point);
        Assert.Equal([1.0], width);
    }

    [Fact]
    public void A_line_needs_two_distinct_x_and_spans_them_evenly()
    {
        var (xs, ys) = LinearFit.Curve([0, 1, 2], [1, 3, 5], 5);
        Assert.Equal([0.0, 0.5, 1, 1.5, 2], xs);
        Assert.Equal([1.0, 2, 3, 4, 5], ys.Select(y => Math.Round(y, 10)));
        Nothing(LinearFit.Curve([1, 1], [1, 2], 5));
        Nothing(LinearFit.Curve([1], [1], 5));
    }

    [Fact]
    public void A_moving_average_of_nothing_is_nothing()
    {
        Nothing(MovingAverage.Curve([], [], 3));
        var (xs, ys) = MovingAverage.Curve([1, 2, 3, 4], [3, 6, 9, 12], 3);
        Assert.Equal([1.0, 2, 3, 4], xs);
        Assert.Equal([3.0, 4.5, 6, 9], ys);
    }

    [Fact]
    public void Loess_at_a_point_shared_by_its_whole_neighbourhood_is_their_mean()
    {
        // n = 4, span 0.5: q = max(floor(2), degree + 1 = 3) = 3; the 3 nearest to x0 = 1 are all at distance 0, so
        // D = 0, each gets weight 1 and x = 5 weight 0: the fit is the mean of 1, 2 and 6.
        Assert.Equal(3, Loess.Fit([1, 1, 1, 5], [1, 2, 6, 100], 1, 0.5), 12);
    }

    [Fact]
    public void Loess_has_nothing_to_fit_without_data_and_refuses_unequal_lengths()
    {
        Assert.True(double.IsNaN(Loess.Fit([], [], 0, 0.75)));
        Assert.Throws<ArgumentException>(() => Loess.Fit([1, 2, 3], [1, 2], 0, 0.75));
        Nothing(Loess.Curve([1, 2], [1, 2], 0.75, 10));
        Nothing(Loess.Curve([3, 3, 3], [1, 2, 3], 0.75, 10));
        var (xs, ys) = Loess.Curve([0, 1, 2], [0, 1, 4], 1, 3);
        Assert.Equal([0.0, 1, 2], xs);
        Assert.Equal([0.0, 1, 4], ys.Select(y => Math.Round(y, 9))); // a quadratic through three points is itself
    }

    [Fact]
    public void Tricube_is_zero_from_one_on()
    {
        Assert.Equal(0, Loess.Tricube(1));
        Assert.Equal(0, Loess.Tricube(1.5));
        Assert.Equal(Math.Pow(1 - 0.125, 3), Loess.Tricube(0.5), 15);
    }

    private static void Nothing((double[] Xs, double[] Ys) curve)
    {
        Assert.Empty(curve.Xs);
        Assert.Empty(curve.Ys);
    }

    [Fact]
    public void A_box_needs_a_value()
    {
        Assert.Throws<ArgumentException>(() => BoxStatistics.Of([]));
    }

    [Fact]
    public void A_count_with_a_boundary_and_no_width_makes_bins_of_the_range_over_the_count()
    {
        // 10 to 20 in 5 bins: width 2; the boundary 0 puts the first edge at 10, and 20 opens a sixth bin.
        Assert.Equal((10, 2, 6), Binning.Edges([10, 20], null, 5, boundary: 0));
    }

    [Fact]
    public void A_bin_count_that_is_not_a_number_is_the_largest_count_which_the_caller_refuses()
    {
        // The range overflows to infinity, so the width is infinite and the count NaN: not 1.
        Assert.Equal(int.MaxValue, Binning.Edges([-1e308, 1e308], null, 5, boundary: 0).Count);
    }

    [Theory]
    [InlineData(5, 6)] // (5 - 2) / 0.5
    [InlineData(2, 0)]
    [InlineData(2.49, 0)]
    [InlineData(2.5, 1)]
    [InlineData(100, 9)] // past the last bin: the last
    [InlineData(-3, 0)] // before the first: the first
    public void A_value_falls_in_the_bin_of_its_distance_from_the_start_in_widths(double value, int bin) =>
        Assert.Equal(bin, Binning.Index(value, 2, 0.5, 10));
}
