using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Spec.Charts;

namespace HfReports.Tests.Charts;

public class DateTicksTests
{
    private static double Day(int y, int m, int d) => new DateTime(y, m, d).ToOADate();

    [Fact]
    public void Monthly_ticks_fall_on_the_first_with_the_requested_format()
    {
        var ticks = DateTicks.Generate(Day(2023, 1, 10), Day(2023, 4, 20), new TickStep(1, TickUnit.Month), "%b %Y").ToArray();
        Assert.Equal(["Feb 2023", "Mar 2023", "Apr 2023"], ticks.Select(t => t.Label));
        Assert.Equal(Day(2023, 2, 1), ticks[0].Position);
    }

    [Fact]
    public void Weekly_ticks_start_on_sunday_and_quarters_align_to_the_year()
    {
        var weeks = DateTicks.Generate(Day(2024, 1, 1), Day(2024, 1, 20), new TickStep(1, TickUnit.Week), "yyyy-MM-dd").Select(t => t.Label);
        Assert.Equal(["2024-01-07", "2024-01-14"], weeks);
        var quarters = DateTicks.Generate(Day(2023, 2, 1), Day(2023, 12, 31), new TickStep(3, TickUnit.Month), "yyyy-MM").Select(t => t.Label);
        Assert.Equal(["2023-04", "2023-07", "2023-10"], quarters);
    }
}
