using HfReports.Engine.Charts.Statistics;

namespace HfReports.Tests.Charts;

/// <summary>The local fits' normal equations against systems solved by hand.</summary>
public class NormalEquationsTests
{
    // Three unit-weight points (u, y) = (−1, 1), (0, 2), (1, 5): m_k = Σ u^k = 3, 0, 2, 0, 2; t_k = Σ y·u^k = 8, 4, 6.
    private static readonly double[] Moments = [3, 0, 2, 0, 2];
    private static readonly double[] Targets = [8, 4, 6];

    [Fact]
    public void A_quadratic_through_three_points_has_their_parabola_s_intercept()
    {
        // y = 2 + 2u + u² passes through all three: β0 = 2.
        Assert.Equal(2, NormalEquations.Intercept(Moments, Targets, 2), 12);
    }

    [Fact]
    public void A_line_through_points_centred_on_zero_has_the_mean_as_intercept()
    {
        // Σu = 0, so the least-squares line's value at u = 0 is the mean of y: 8 / 3.
        Assert.Equal(8.0 / 3, NormalEquations.Intercept(Moments, Targets, 1), 12);
    }

    [Fact]
    public void A_line_through_off_centre_points_solves_both_equations()
    {
        // Points (1, 3), (2, 5), (3, 7) lie on y = 1 + 2u: m = 3, 6, 14; t = 15, 34.
        Assert.Equal(1, NormalEquations.Intercept([3, 6, 14], [15, 34], 1), 12);
    }

    [Fact]
    public void A_system_whose_first_pivot_is_zero_is_solved_by_swapping_rows()
    {
        // [[0, 1], [1, 0]]·β = [2, 3] is not a moment matrix, but it needs the row swap: β = (3, 2).
        Assert.Equal(3, NormalEquations.Intercept([0, 1, 0], [2, 3], 1), 12);
    }

    [Fact]
    public void A_quadratic_with_the_larger_pivot_below_is_solved()
    {
        // (u, y) = (1, 6), (2, 11), (3, 18) lie on y = 3 + 2u + u²: m = 3, 6, 14, 36, 98; t = 35, 82, 212.
        Assert.Equal(3, NormalEquations.Intercept([3, 6, 14, 36, 98], [35, 82, 212], 2), 10);
    }

    [Fact]
    public void A_system_that_needs_a_row_swap_after_the_first_elimination_is_solved()
    {
        // m = 1, 1, 1, 2, 5 and t = 6, 9, 20: [[1, 1, 1], [1, 1, 2], [1, 2, 5]]·β = t holds for β = (1, 2, 3). Eliminating
        // the first column leaves a zero in the second pivot's place and 1 below it, so the rows must be swapped.
        Assert.Equal(1, NormalEquations.Intercept([1, 1, 1, 2, 5], [6, 9, 20], 2), 12);
    }

    [Fact]
    public void A_singular_system_has_no_intercept()
    {
        Assert.True(double.IsNaN(NormalEquations.Intercept([0, 0, 0], [1, 1], 1)));
        Assert.True(double.IsNaN(NormalEquations.Intercept([1, 1, 1, 1, 1], [1, 1, 1], 2)));
    }

    [Fact]
    public void Only_degrees_one_and_two_are_solved()
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => NormalEquations.Intercept([1], [1], 0));
        Assert.Equal("order", refused.ParamName);
        Assert.Contains("1 or 2", refused.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalEquations.Intercept([1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1], 3));
    }
}
