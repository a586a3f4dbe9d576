namespace HfReports.Engine.Spec.Transforms;

/// <summary>`bucket: { column, by: day|week|month|quarter|year, as, week_start: sunday|monday }`:
/// floors a date column to the start of its period.</summary>
public sealed record BucketSpec(string Column, string By, string As, DayOfWeek WeekStart, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public static readonly string[] Periods = ["day", "week", "month", "quarter", "year"];
    public static readonly string[] WeekStarts = ["sunday", "monday"];

    public override string Name => "bucket";

    public static BucketSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("column", "by", "as", "week_start");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        var by = args.Choice("by", Periods, required: true);
        var weekStart = args.Choice("week_start", WeekStarts) == "monday" ? DayOfWeek.Monday : DayOfWeek.Sunday;
        return column is null || by is null ? null
            : new BucketSpec(column, by, args.String("as") ?? column, weekStart, factory.Node.Location, factory.Node.KeyPath);
    }
}
