namespace HfReports.Engine.Spec.Charts;

/// <summary>Reads a chart's <c>annotations</c>: a list where each item names its kind by one key
/// (vline, hline, xrange, yrange, text) and shares the styling keys.</summary>
internal static class AnnotationReader
{
    private static readonly IReadOnlyList<string> Kinds = SpecWords.Of<AnnotationKind>();

    public static IReadOnlyList<AnnotationSpec> ReadAll(SpecNode? node, DiagnosticBag diagnostics, ColorVocabulary colors)
    {
        if (node is null || node.IsNull) return [];
        if (!node.IsSequence)
        {
            diagnostics.Error($"'annotations' must be a list, found {node.KindName}", node.Location, node.KeyPath);
            return [];
        }
        return node.Items().Select(item => Read(item, diagnostics, colors)).OfType<AnnotationSpec>().ToArray();
    }

    private static AnnotationSpec? Read(SpecNode node, DiagnosticBag diagnostics, ColorVocabulary colors)
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
        var word = kinds[0];
        var kind = SpecWords.Parse<AnnotationKind>(word)!.Value;
        var color = reader.String("color");
        if (color is not null && !colors.IsColor(color))
            diagnostics.Error($"'{color}' is not a colour (a name such as orange or a hex code such as #1F78B4)", node.Location, SpecNode.Join(node.KeyPath, "color"));
        string? at, to = null, label = reader.String("label");
        switch (kind)
        {
            case AnnotationKind.Xrange or AnnotationKind.Yrange:
                var range = reader.StringList(word);
                if (range.Count != 2)
                {
                    diagnostics.Error($"'{word}' must be a list of two positions [from, to]", node.Location, SpecNode.Join(node.KeyPath, word));
                    return null;
                }
                (at, to) = (range[0], range[1]);
                break;
            case AnnotationKind.Text:
                label = reader.String("text");
                at = reader.String("x", required: true);
                to = reader.String("y", required: true);
                if (at is null || to is null) return null;
                break;
            case AnnotationKind.Vline or AnnotationKind.Hline:
                at = reader.String(word);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), kind, "an annotation kind without a reader");
        }
        if (at is null) return null;
        return new AnnotationSpec(kind, at, to, label, color, reader.Boolean("dash") ?? kind is AnnotationKind.Vline or AnnotationKind.Hline, reader.String("label_at"),
            reader.Number("opacity"), reader.Number("size"), node.Location, node.KeyPath);
    }
}
