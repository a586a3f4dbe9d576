namespace HfReports.Engine.Spec.Transforms;

/// <summary>`bucket: { column, by: day|week|month|quarter|year, as }`: floors a date column to a period start.</summary>
public sealed record BucketSpec(string Column, string By, string As, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public static readonly string[] Periods = ["day", "week", "month", "quarter", "year"];

    public override string Name => "bucket";

    public static TransformSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("column", "by", "as");
        var column = args.String("column", required: true);
        var by = args.Choice("by", Periods, required: true);
        return column is null || by is null ? null
            : new BucketSpec(column, by, args.String("as") ?? column, factory.Node.Location, factory.Node.KeyPath);
    }
}
