using HfReports.Engine.Tables;

namespace HfReports.Tests.Rendering;

public sealed class ColumnWidthTests
{
    [Fact]
    public void A_table_that_fits_keeps_its_natural_widths() =>
        Assert.Equal([100f, 50f], ShortTableWidths.Proportional([100, 50], [40, 50], 400));

    [Fact]
    public void A_wide_table_shrinks_only_the_columns_that_can_wrap()
    {
        var widths = ShortTableWidths.Proportional([1000, 40], [60, 40], 400);
        Assert.Equal(400, widths.Sum(), 0.01f);
        Assert.Equal(40, widths[1], 0.01f);
    }

    [Fact]
    public void When_even_the_minimums_do_not_fit_everything_scales_to_the_text_width()
    {
        var widths = ShortTableWidths.Proportional([500, 500], [300, 300], 400);
        Assert.Equal([200f, 200f], widths);
    }

    [Fact]
    public void A_minimum_over_a_third_of_the_width_is_cut_to_a_third()
    {
        // 250 is cut to 100; the 150 left go 200 : 50.
        Assert.Equal([220f, 80f], ShortTableWidths.Proportional([300, 100], [250, 50], 300));
    }

    [Fact]
    public void Minimums_that_still_do_not_fit_are_scaled_down_together() =>
        Assert.Equal([25f, 25f, 25f, 25f], ShortTableWidths.Proportional([50, 50, 50, 50], [30, 30, 30, 30], 100));

    [Fact]
    public void A_hyphen_or_slash_breaks_only_between_letters_or_digits()
    {
        Assert.Equal(["a.-b"], ShortTableWidths.UnbreakablePieces("a.-b"));
        Assert.Equal(["a-.b"], ShortTableWidths.UnbreakablePieces("a-.b"));
        Assert.Equal(["a-", "b/", "c"], ShortTableWidths.UnbreakablePieces("a-b/c"));
    }
}
