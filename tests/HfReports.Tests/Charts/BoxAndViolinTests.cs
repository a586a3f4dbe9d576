using HfReports.Engine.Charts.Statistics;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>Boxplot and violin: the statistics against values worked out by hand, the drawing by its SVG.</summary>
public sealed class BoxAndViolinTests
{
    [Fact]
    public void Box_has_type_7_quartiles_whiskers_within_one_and_a_half_iqr_and_the_rest_as_outliers()
    {
        // Sorted 1..9, 100. Q1 at h = 9 * 0.25 = 2.25: 3 + 0.25 = 3.25; median 5.5; Q3 at h = 6.75: 7 + 0.75 = 7.75.
        // IQR 4.5, fences -3.5 and 14.5: whiskers at 1 and 9, 100 is an outlier. (R: boxplot.stats uses hinges,
        // ggplot2 these quantiles: quantile(c(1:9, 100), c(.25, .5, .75)) = 3.25 5.5 7.75.)
        var box = BoxStatistics.Of([100, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        Assert.Equal((1.0, 3.25, 5.5, 7.75, 9.0), (box.Lower, box.Q1, box.Median, box.Q3, box.Upper));
        Assert.Equal([100.0], box.Outliers);
    }

    [Fact]
    public void Box_of_one_value_is_a_line_and_a_value_on_a_fence_is_a_whisker_end()
    {
        var single = BoxStatistics.Of([4]);
        Assert.Equal((4.0, 4.0, 4.0, 4.0, 4.0), (single.Lower, single.Q1, single.Median, single.Q3, single.Upper));
        // 0, 1, 2, 3, 4 and 8: Q1 1.25, Q3 3.75, IQR 2.5, upper fence 7.5: 8 is out; with 7.5 it is the whisker end.
        Assert.Equal([8.0], BoxStatistics.Of([0, 1, 2, 3, 4, 8]).Outliers);
        var onFence = BoxStatistics.Of([0, 1, 2, 3, 4, 7.5]);
        Assert.Empty(onFence.Outliers);
        Assert.Equal(7.5, onFence.Upper);
    }

    [Fact]
    public void Violin_density_is_the_gaussian_kernel_average_over_the_trimmed_range()
    {
        // Values -1 and 1, bandwidth 1: f(0) = phi(1) = 0.241971; f(+-1) = (phi(0) + phi(2)) / 2 = (0.398942 + 0.053991) / 2 = 0.226466.
        var (ys, densities) = ViolinShape.Of([-1, 1], bandwidth: 1, points: 3);
        Assert.Equal([-1.0, 0.0, 1.0], ys);
        Assert.Equal(0.226466, densities[0], 5);
        Assert.Equal(0.241971, densities[1], 5);
        Assert.Equal(0.226466, densities[2], 5);
    }

    private static readonly Engine.Frames.Frame Groups = Frame(
        Text("g", "a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "b", "b", "b"),
        Real("v", 100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3));

    [Fact]
    public void Boxplot_draws_one_box_per_category_and_a_circle_per_outlier()
    {
        var svg = Svg(Groups, "{ type: boxplot, x: g, y: v, opacity: 1 }");
        Assert.Equal(2, Rects(svg, "#1F78B4"));
        Assert.Single(svg.Descendants(System.Xml.Linq.XName.Get("ellipse", "http://www.w3.org/2000/svg")));
        Assert.Contains("a", Texts(svg));
        Assert.Contains("b", Texts(svg));
    }

    [Fact]
    public void Violin_draws_one_filled_outline_per_category_and_boxes_need_a_numeric_y()
    {
        var svg = Svg(Groups, "{ type: violin, x: g, y: v, opacity: 1, outline: black }");
        Assert.Equal(2, Paths(svg, "#1F78B4"));
        var error = Assert.Throws<Engine.Charts.ChartException>(() => Svg(Groups, "{ type: boxplot, x: v, y: g }"));
        Assert.Contains("a boxplot needs a numeric y", error.Message);
    }

    [Fact]
    public void An_empty_group_has_no_box()
    {
        var error = Assert.Throws<ArgumentException>(() => BoxStatistics.Of([]));
        Assert.StartsWith("a box needs at least one value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_spread_every_other_value_is_an_outlier_listed_in_ascending_order()
    {
        // Quartiles 4 and 4 (R type 7): the whiskers reach nothing beyond 4, so 0 and 8 are outliers and 4 is not.
        var box = BoxStatistics.Of([8, 4, 4, 4, 0]);
        Assert.Equal([0.0, 8.0], box.Outliers);
        Assert.Equal((4.0, 4.0, 4.0, 4.0, 4.0), (box.Lower, box.Q1, box.Median, box.Q3, box.Upper));
    }
}
