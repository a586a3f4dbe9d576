namespace HfReports.Engine.Spec.Charts;

/// <summary>Reads a chart's <c>smooth</c>: one statistic (a mapping) or several (a list).</summary>
internal static class StatisticReader
{
    public static IReadOnlyList<StatisticSpec> ReadAll(SpecNode? node, DiagnosticBag diagnostics, ColorVocabulary colors)
    {
        if (node is null || node.IsNull) return [];
        var items = node.IsSequence ? node.Items().ToArray() : [node];
        return items.Select(item => Read(item, diagnostics, colors)).OfType<StatisticSpec>().ToArray();
    }

    private static StatisticSpec? Read(SpecNode node, DiagnosticBag diagnostics, ColorVocabulary colors)
    {
        if (node.IsScalar)
        {
            if (SpecWords.Parse<TrendMethod>(node.Text) is { } named)
                return new StatisticSpec(named, 0.75, 7, 80, 2, null, false, null, node.Location, node.KeyPath);
            var methods = SpecWords.Of<TrendMethod>();
            diagnostics.Error($"a smoother must be one of: {string.Join(", ", methods)}; found '{node.Text}'", node.Location, node.KeyPath,
                Suggestions.DidYouMean(node.Text, methods));
            return null;
        }
        var reader = new MappingReader(node, diagnostics, "a smoother", "method", "span", "window", "points", "min_points", "line_width", "dash", "color");
        if (!reader.IsValid) return null;
        var method = reader.Choice<TrendMethod>("method", required: true);
        var span = reader.Number("span") ?? 0.75;
        if (span is <= 0 or > 1)
        {
            diagnostics.Error($"'span' must be above 0 and at most 1, found {span}", node.Location, SpecNode.Join(node.KeyPath, "span"));
            span = 0.75;
        }
        var window = reader.IntegerWithin("window", 2, SpecLimits.MaxWindow) ?? 7;
        var points = Math.Clamp(reader.Integer("points") ?? 80, 2, 1000);
        var minPoints = reader.IntegerWithin("min_points", 2, SpecLimits.MaxWindow) ?? 2;
        var color = reader.String("color");
        if (color is not null && !colors.IsColor(color))
            diagnostics.Error($"'{color}' is not a colour (a name such as orange or a hex code such as #1F78B4)", node.Location, SpecNode.Join(node.KeyPath, "color"));
        return method is not { } chosen ? null
            : new StatisticSpec(chosen, span, window, points, minPoints, reader.Number("line_width"), reader.Boolean("dash") ?? false, color, node.Location, node.KeyPath);
    }
}
