using HfReports.Engine.Spec.Transforms;
using HfReports.Engine.Transform;

namespace HfReports.Tests.Transform;

/// <summary>Every month's quarter and year start, and week starts across a year boundary, against a calendar by hand.</summary>
public sealed class BucketPeriodTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    [InlineData(7, 7)]
    [InlineData(8, 7)]
    [InlineData(9, 7)]
    [InlineData(10, 10)]
    [InlineData(11, 10)]
    [InlineData(12, 10)]
    public void Each_month_falls_in_the_quarter_that_starts_in_the_given_month(int month, int quarterStartMonth)
    {
        var lastDay = DateTime.DaysInMonth(2023, month);
        Assert.Equal(new DateTime(2023, quarterStartMonth, 1), Bucket.Floor(new DateTime(2023, month, lastDay, 23, 59, 0), DatePeriod.Quarter));
        Assert.Equal(new DateTime(2023, month, 1), Bucket.Floor(new DateTime(2023, month, lastDay), DatePeriod.Month));
        Assert.Equal(new DateTime(2023, 1, 1), Bucket.Floor(new DateTime(2023, month, 1), DatePeriod.Year));
    }

    [Theory]
    [InlineData("2024-12-31", "2024-12-29", "2024-12-30")] // a Tuesday: Sunday the 29th, Monday the 30th
    [InlineData("2025-01-05", "2025-01-05", "2024-12-30")] // a Sunday starts its own Sunday week
    [InlineData("2024-03-02", "2024-02-25", "2024-02-26")] // a Saturday, across a leap day
    public void Weeks_start_on_sunday_or_monday_across_month_and_year_ends(string day, string sunday, string monday)
    {
        var date = DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateTime.Parse(sunday, System.Globalization.CultureInfo.InvariantCulture), Bucket.Floor(date, DatePeriod.Week));
        Assert.Equal(DateTime.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), Bucket.Floor(date, DatePeriod.Week, DayOfWeek.Monday));
    }

    [Theory]
    [InlineData(DatePeriod.Day, "2024-02-29", "2024-03-01")]
    [InlineData(DatePeriod.Week, "2024-12-29", "2025-01-05")]
    [InlineData(DatePeriod.Month, "2024-01-01", "2024-02-01")]
    [InlineData(DatePeriod.Quarter, "2024-10-01", "2025-01-01")]
    [InlineData(DatePeriod.Year, "2024-01-01", "2025-01-01")]
    public void The_next_period_starts_where_this_one_ends(object period, string start, string next) // object: DatePeriod is internal
    {
        var parse = (string s) => DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(parse(next), Bucket.Next(parse(start), (DatePeriod)period));
    }
}
