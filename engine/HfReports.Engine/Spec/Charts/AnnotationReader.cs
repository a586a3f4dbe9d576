namespace HfReports.Engine.Spec;

/// <summary>Reads a chart's <c>annotations</c>: a list where each item names its kind by one key
/// (vline, hline, xrange, yrange, text) and shares the styling keys.</summary>
public static class AnnotationReader
{
    public static readonly string[] Kinds = ["vline", "hline", "xrange", "yrange", "text"];

    public static IReadOnlyList<AnnotationSpec> ReadAll(SpecNode? node, DiagnosticBag diagnostics)
    {
        if (node is null || node.IsNull) return [];
        if (!node.IsSequence)
        {
            diagnostics.Error($"'annotations' must be a list, found {node.KindName}", node.Location, node.KeyPath);
            return [];
        }
        return node.Items().Select(item => Read(item, diagnostics)).OfType<AnnotationSpec>().ToArray();
    }

    private static AnnotationSpec? Read(SpecNode node, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(node, diagnostics, "an annotation",
            "vline", "hline", "xrange", "yrange", "text", "x", "y", "label", "color", "dash", "label_at", "opacity", "size");
        if (!reader.IsValid) return null;
        var kinds = Kinds.Where(reader.Has).ToArray();
        if (kinds.Length != 1)
        {
            diagnostics.Error($"an annotation needs exactly one of: {string.Join(", ", Kinds)}", node.Location, node.KeyPath);
            return null;
        }
        var kind = kinds[0];
        var color = reader.String("color");
        if (color is not null && !HfReports.Engine.Charts.NamedColors.TryParse(color, out _))
            diagnostics.Error($"'{color}' is not a colour (a name such as orange or a hex code such as #1F78B4)", node.Location, SpecNode.Join(node.KeyPath, "color"));
        string? at, to = null, label = reader.String("label");
        switch (kind)
        {
            case "xrange" or "yrange":
                var range = reader.StringList(kind);
                if (range.Count != 2)
                {
                    diagnostics.Error($"'{kind}' must be a list of two positions [from, to]", node.Location, SpecNode.Join(node.KeyPath, kind));
                    return null;
                }
                (at, to) = (range[0], range[1]);
                break;
            case "text":
                label = reader.String("text");
                at = reader.String("x", required: true);
                to = reader.String("y", required: true);
                if (at is null || to is null) return null;
                break;
            default:
                at = reader.String(kind);
                break;
        }
        if (at is null) return null;
        return new AnnotationSpec(kind, at, to, label, color, reader.Boolean("dash") ?? kind is "vline" or "hline", reader.String("label_at"),
            reader.Number("opacity"), reader.Number("size"), node.Location, node.KeyPath);
    }
}
