using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Floors dates to the start of their period. Weeks start on Sunday unless the spec says Monday,
/// like R's default weekly floor that the paper's figures used.</summary>
internal static class Bucket
{
    public static Frame Apply(Frame frame, BucketSpec spec)
    {
        var source = TransformPipeline.Column(frame, spec.Column, spec);
        TransformPipeline.RequireType(source, spec, ColumnType.Date);
        var floored = source.Values.Select(v => v is DateTime d ? (object)Floor(d, spec.By, spec.WeekStart) : null).ToArray();
        return Grouping.WithColumn(frame, new FrameColumn(spec.As, ColumnType.Date, floored));
    }

    public static DateTime Floor(DateTime value, DatePeriod period, DayOfWeek weekStart = DayOfWeek.Sunday)
    {
        var day = DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);
        return period switch
        {
            DatePeriod.Day => day,
            DatePeriod.Week => day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7)),
            DatePeriod.Month => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            DatePeriod.Quarter => new DateTime(day.Year, (day.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc),
            DatePeriod.Year => new DateTime(day.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
    }

    /// <summary>The start of the next period after a period start.</summary>
    public static DateTime Next(DateTime start, DatePeriod period) => period switch
    {
        DatePeriod.Day => start.AddDays(1),
        DatePeriod.Week => start.AddDays(7),
        DatePeriod.Month => start.AddMonths(1),
        DatePeriod.Quarter => start.AddMonths(3),
        DatePeriod.Year => start.AddYears(1),
    };
}
