namespace HfReports.Engine.Spec.Transforms;

/// <summary>`summarize: { by: [keys], aggregates: { name: count | { function: column[, p] } } }`: one row per distinct key
/// combination with several aggregates side by side, in the order written.</summary>
internal sealed record SummarizeSpec(IReadOnlyList<string> By, IReadOnlyList<SummaryColumn> Aggregates, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public override string Name => "summarize";

    public static SummarizeSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open("by", "aggregates");
        if (!args.IsValid) return null;
        var by = args.StringList("by");
        var node = args.Required("aggregates");
        if (node is null) return null;
        if (!node.IsMapping || !node.Entries().Any())
        {
            factory.Diagnostics.Error($"'aggregates' is a mapping of new column names to aggregates, found {node.KindName}", node.Location, node.KeyPath,
                "for example: aggregates: { models: count, mean_average: { mean: average } }");
            return null;
        }
        var columns = new List<SummaryColumn>();
        var valid = true;
        foreach (var (name, _, value) in node.Entries())
        {
            var column = ReadAggregate(name, value, factory.Diagnostics);
            if (column is null) valid = false;
            else columns.Add(column);
        }
        return valid ? new SummarizeSpec(by, columns, factory.Node.Location, factory.Node.KeyPath) : null;
    }

    private static SummaryColumn? ReadAggregate(string name, SpecNode value, DiagnosticBag diagnostics)
    {
        var names = SpecWords.Of<AggregateFunction>();
        if (value.IsScalar && value.Text == "count") return new SummaryColumn(name, AggregateFunction.Count, null, null, value.Location, value.KeyPath);
        if (value.IsScalar)
        {
            diagnostics.Error($"'{name}' must be count or a mapping such as {{ mean: average }}, found '{value.Text}'", value.Location, value.KeyPath,
                Suggestions.DidYouMean(value.Text, names) is { } hint ? $"{hint} Write {{ {Suggestions.Closest(value.Text, names)}: COLUMN }}"
                    : $"aggregates: {string.Join(", ", names)}");
            return null;
        }
        var args = new MappingReader(value, diagnostics, $"the aggregate '{name}'", [.. names, "p"]);
        if (!args.IsValid) return null;
        var functions = names.Where(args.Has).ToArray();
        if (functions.Length != 1)
        {
            if (functions.Length == 0 && args.HasUnknownKeys) return null;
            diagnostics.Error($"the aggregate '{name}' needs exactly one of: {string.Join(", ", names)}", value.Location, value.KeyPath,
                "for example: { median: average } or { quantile: average, p: 0.9 }");
            return null;
        }
        var word = functions[0];
        var function = SpecWords.Parse<AggregateFunction>(word)!.Value;
        var column = args.String(word, required: true);
        double? p = null;
        if (function == AggregateFunction.Quantile)
        {
            p = AggregateSpec.ReadProbability(args);
            if (p is null) return null;
        }
        else if (args.Optional("p") is { } stray)
        {
            diagnostics.Error($"'p' belongs to a quantile, not to {word}", stray.Location, stray.KeyPath);
            return null;
        }
        return column is null ? null : new SummaryColumn(name, function, column, p, value.Location, value.KeyPath);
    }
}

/// <summary>One aggregate of a summary: the new column, the function, the column it reads (none for a row count), p for a quantile.</summary>
internal sealed record SummaryColumn(string Name, AggregateFunction Function, string? Column, double? P, SourceLocation Location, string KeyPath);
