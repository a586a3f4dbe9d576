namespace HfReports.Engine.Spec.Transforms;

/// <summary>`bucket: { column, by: day|week|month|quarter|year, as, week_start: sunday|monday }`:
/// floors a date column to the start of its period.</summary>
internal sealed record BucketSpec(string Column, DatePeriod By, string As, DayOfWeek WeekStart, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public static readonly DayOfWeek[] WeekStarts = [DayOfWeek.Sunday, DayOfWeek.Monday];

    public override string Name => "bucket";

    public static BucketSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("column", "by", "as", "week_start");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        var by = args.Choice<DatePeriod>("by", required: true);
        var weekStart = args.Choice("week_start", WeekStarts) ?? DayOfWeek.Sunday;
        return column is null || by is null ? null
            : new BucketSpec(column, by.Value, args.String("as") ?? column, weekStart, factory.Node.Location, factory.Node.KeyPath);
    }
}
