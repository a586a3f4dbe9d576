using HfReports.Engine.Charts.Statistics;

namespace HfReports.Tests.Charts;

public class StatisticsTests
{
    [Fact]
    public void Linear_fit_recovers_a_line()
    {
        var xs = new double[] { 1, 2, 3, 4 };
        var (cx, cy) = LinearFit.Curve(xs, xs.Select(x => 3 * x - 1).ToArray(), 4);
        Assert.Equal([1, 2, 3, 4], cx);
        Assert.Equal(2, cy[0], 10);
        Assert.Equal(11, cy[3], 10);
    }

    [Fact]
    public void Moving_average_is_trailing()
    {
        var (_, ys) = MovingAverage.Curve([1, 2, 3, 4], [2, 4, 6, 8], 2);
        Assert.Equal([2, 3, 5, 7], ys);
    }

    [Fact]
    public void Kernel_density_integrates_to_one_and_uses_r_default_bandwidth()
    {
        // R: bw.nrd0(1:5) = 0.9 · min(sd = 1.5811, IQR/1.34 = 2/1.34) · 5^(−1/5) = 0.97358
        Assert.Equal(0.97358, KernelDensity.Bandwidth([1, 2, 3, 4, 5]), 4);
        double[] values = [1, 2, 3, 4, 10];
        var (xs, ys) = KernelDensity.Curve(values, null, 512);
        var step = xs[1] - xs[0];
        Assert.Equal(1, ys.Sum() * step, 2);
    }

    [Fact]
    public void Bins_of_a_declared_width_start_at_a_multiple_of_it()
    {
        var (start, width, count) = Binning.Edges([3.2, 7.9, 12.1], 2, null);
        Assert.Equal(2, start);
        Assert.Equal(2, width);
        Assert.Equal(6, count);
        Assert.Equal(5, Binning.Index(12.1, start, width, count));
    }
}
