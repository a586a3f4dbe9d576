using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Floors dates to the start of their period. Weeks start on Sunday unless the spec says Monday,
/// like R's default weekly floor that the paper's figures used.</summary>
public static class Bucket
{
    public static Frame Apply(Frame frame, BucketSpec spec)
    {
        var source = TransformPipeline.Column(frame, spec.Column, spec);
        TransformPipeline.RequireType(source, spec, ColumnType.Date);
        var floored = source.Values.Select(v => v is DateTime d ? (object)Floor(d, spec.By, spec.WeekStart) : null).ToArray();
        return Grouping.WithColumn(frame, new FrameColumn(spec.As, ColumnType.Date, floored));
    }

    public static DateTime Floor(DateTime value, string period, DayOfWeek weekStart = DayOfWeek.Sunday)
    {
        var day = DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);
        return period switch
        {
            "day" => day,
            "week" => day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7)),
            "month" => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            "quarter" => new DateTime(day.Year, (day.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "year" => new DateTime(day.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
        };
    }

    /// <summary>The start of the next period after a period start.</summary>
    public static DateTime Next(DateTime start, string period) => period switch
    {
        "day" => start.AddDays(1),
        "week" => start.AddDays(7),
        "month" => start.AddMonths(1),
        "quarter" => start.AddMonths(3),
        "year" => start.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };
}
