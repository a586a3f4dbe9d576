namespace HfReports.Engine.Spec.Transforms;

/// <summary>`complete: { columns: [keys], every: week, values: { col: [..] }, fill: { col: 0 } }`: adds the
/// missing combinations of the key columns, with the fill values in the other columns.</summary>
/// <param name="Every">The step of the date key columns (day..year): their full range from first to last is used.</param>
/// <param name="Values">The full list of values of a key column, where the frame may lack some.</param>
internal sealed record CompleteSpec(IReadOnlyList<string> Columns, DatePeriod? Every, IReadOnlyDictionary<string, IReadOnlyList<object?>> Values,
    IReadOnlyDictionary<string, object?> Fill, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "complete";

    public static CompleteSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("columns", "every", "values", "fill");
        if (!args.IsValid) return null;
        var columns = args.StringList("columns", required: true);
        var values = new Dictionary<string, IReadOnlyList<object?>>(StringComparer.Ordinal);
        if (args.Optional("values") is { } valuesNode)
        {
            if (!valuesNode.IsMapping)
                factory.Diagnostics.Error($"'values' must map key columns to lists of values, found {valuesNode.KindName}", valuesNode.Location, valuesNode.KeyPath);
            foreach (var (name, keyNode, list) in valuesNode.Entries())
            {
                if (!columns.Contains(name))
                    factory.Diagnostics.Error($"'values' names '{name}', which is not one of the key columns", keyNode.Location, keyNode.KeyPath,
                        $"the key columns are: {string.Join(", ", columns)}");
                else if (!list.IsSequence)
                    factory.Diagnostics.Error($"the values of '{name}' must be a list, found {list.KindName}", list.Location, list.KeyPath);
                else
                    values[name] = list.Items().Select(i => i.ScalarValue()).ToArray();
            }
        }
        if (columns.Count == 0) return null;
        return new CompleteSpec(columns, args.Choice<DatePeriod>("every"), values, args.ScalarMap("fill"),
            factory.Node.Location, factory.Node.KeyPath);
    }
}
