namespace HfReports.Engine.Spec.Transforms;

/// <summary>`pivot: { names: column, values: column, fill }`: spreads a long frame wide, one new column per
/// distinct value of <c>names</c>; the remaining columns identify the rows.</summary>
internal sealed record PivotSpec(string Names, string Values, object? Fill, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "pivot";

    public static PivotSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("names", "values", "fill");
        if (!args.IsValid) return null;
        var names = args.String("names", required: true);
        var values = args.String("values", required: true);
        var fill = args.Scalar("fill", out _);
        return names is null || values is null ? null : new PivotSpec(names, values, fill, factory.Node.Location, factory.Node.KeyPath);
    }
}
