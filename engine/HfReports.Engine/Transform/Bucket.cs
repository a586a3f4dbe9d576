using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Floors dates to the start of their period. Weeks start on Sunday, like R's default weekly floor
/// that the paper's figures used.</summary>
public static class Bucket
{
    public static Frame Apply(Frame frame, BucketSpec spec)
    {
        var source = TransformPipeline.Column(frame, spec.Column, spec);
        if (source.Type != ColumnType.Date)
            throw new TransformException($"'bucket' needs a date column, but '{spec.Column}' is {source.Type.ToString().ToLowerInvariant()}", spec);
        var floored = source.Values.Select(v => v is DateTime d ? (object)Floor(d, spec.By) : null).ToArray();
        var bucketed = new FrameColumn(spec.As, ColumnType.Date, floored);
        var columns = frame.Columns.Where(c => c.Name != spec.As).Append(bucketed).ToList();
        if (frame.Has(spec.As))
            columns = frame.Columns.Select(c => c.Name == spec.As ? bucketed : c).ToList();
        return new Frame(columns);
    }

    public static DateTime Floor(DateTime value, string period)
    {
        var day = value.Date;
        return period switch
        {
            "day" => day,
            "week" => day.AddDays(-(int)day.DayOfWeek),
            "month" => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc),
            "quarter" => new DateTime(day.Year, (day.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc),
            "year" => new DateTime(day.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
        };
    }
}
