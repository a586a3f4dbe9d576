namespace HfReports.Engine.Spec;

/// <summary>Reads a chart (or one panel of a figure) and its encodings.</summary>
public static class ChartReader
{
    public static readonly string[] ChartTypes = ["bar", "column", "line", "scatter", "area", "histogram"];
    public static readonly string[] StackModes = ["none", "normal", "percent"];
    public static readonly string[] LegendPositions = ["bottom", "top", "right", "none"];
    public static readonly string[] AxisTypes = ["number", "date", "category"];

    public static ChartSpec? Read(SpecNode node, DiagnosticBag diagnostics)
    {
        var chart = new MappingReader(node, diagnostics, "a chart", "type", "x", "y", "color", "stack", "title", "legend", "height");
        if (!chart.IsValid) return null;
        var type = chart.Choice("type", ChartTypes, required: true);
        if (type is null) return null;
        return new ChartSpec(
            type,
            ReadEncoding(chart.Optional("x"), diagnostics, "the x encoding"),
            ReadEncoding(chart.Optional("y"), diagnostics, "the y encoding"),
            ReadEncoding(chart.Optional("color"), diagnostics, "the color encoding"),
            chart.Choice("stack", StackModes) ?? "none",
            chart.String("title"),
            chart.Choice("legend", LegendPositions) ?? "bottom",
            chart.Number("height") ?? 1,
            node.Location,
            node.KeyPath);
    }

    private static EncodingSpec? ReadEncoding(SpecNode? node, DiagnosticBag diagnostics, string what)
    {
        if (node is null) return null;
        if (node.IsScalar) return new EncodingSpec(node.Text, null, null, null, null, node.Location, node.KeyPath);
        var encoding = new MappingReader(node, diagnostics, what, "field", "type", "title", "format", "palette");
        var field = encoding.String("field", required: true);
        return field is null ? null : new EncodingSpec(field, encoding.Choice("type", AxisTypes), encoding.String("title"),
            encoding.String("format"), encoding.String("palette"), node.Location, node.KeyPath);
    }
}
