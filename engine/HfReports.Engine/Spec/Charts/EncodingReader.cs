using System.Globalization;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Spec.Charts;

/// <summary>Reads one encoding: either a bare field name or a mapping with the field and its scale.</summary>
internal static class EncodingReader
{
    public static readonly EncodingScale[] AxisScales = [EncodingScale.Linear, EncodingScale.Log];
    public static readonly EncodingScale[] ColorScales = [EncodingScale.Categorical, EncodingScale.Viridis, EncodingScale.Date, EncodingScale.Binned];

    private static readonly string[] Keys =
        ["field", "type", "title", "format", "palette", "scale", "min", "max", "step", "rotate", "labels", "bins", "truncate", "values", "colors", "order", "at", "most"];

    public static EncodingSpec? Read(SpecNode? node, DiagnosticBag diagnostics, string what, IReadOnlyList<EncodingScale> scales, ColorVocabulary colors)
    {
        if (node is null || node.IsNull) return null;
        if (node.IsScalar) return EncodingSpec.OfField(node.Text, node.Location, node.KeyPath);
        var encoding = new MappingReader(node, diagnostics, what, Keys);
        if (!encoding.IsValid) return null;
        // The field may be left out where a chart derives the channel (a histogram's y); the chart reports it if needed.
        var field = encoding.String("field") ?? "";
        var palette = encoding.String("palette");
        if (palette is not null && !colors.Palettes.Contains(palette))
        {
            var paletteNode = encoding.Optional("palette")!;
            diagnostics.Error($"unknown palette '{palette}'; known palettes: {string.Join(", ", colors.Palettes)}",
                paletteNode.Location, paletteNode.KeyPath, Suggestions.DidYouMean(palette, colors.Palettes));
        }
        var bins = encoding.Integer("bins");
        if (bins is < 2)
            diagnostics.Error("'bins' must be at least 2", node.Location, SpecNode.Join(node.KeyPath, "bins"));
        var truncate = encoding.Integer("truncate");
        if (truncate is < 4)
            diagnostics.Error("'truncate' must be at least 4 characters", node.Location, SpecNode.Join(node.KeyPath, "truncate"));
        var most = encoding.Integer("most");
        if (most is < 1)
            diagnostics.Error("'most' must be at least 1 label", node.Location, SpecNode.Join(node.KeyPath, "most"));
        var (min, minText) = Bound(encoding, "min", diagnostics);
        var (max, maxText) = Bound(encoding, "max", diagnostics);
        var step = encoding.String("step");
        if (step is not null && !IsStep(step))
        {
            var stepNode = encoding.Optional("step")!;
            diagnostics.Error($"'step' must be a number or a count and a unit (e.g. 5, 'month', '3 months', 'week', 'year'); found '{step}'",
                stepNode.Location, stepNode.KeyPath);
            step = null;
        }
        return new EncodingSpec(
            Field: field,
            Type: encoding.Choice<AxisType>("type"),
            Title: encoding.String("title"),
            Format: encoding.String("format"),
            Palette: palette,
            Scale: encoding.Choice("scale", scales),
            Min: min,
            Max: max,
            MinText: minText,
            MaxText: maxText,
            Step: step,
            Rotate: encoding.Number("rotate"),
            ShowLabels: encoding.Boolean("labels") ?? true,
            Bins: bins is >= 2 ? bins : null,
            Truncate: truncate is >= 4 ? truncate : null,
            Values: Values(encoding, diagnostics, colors),
            Location: node.Location,
            KeyPath: node.KeyPath)
        {
            Colors = encoding.String("colors"),
            OrderList = encoding.Optional("order") is { IsSequence: true } ? encoding.StringList("order") : null,
            OrderRule = encoding.Optional("order") is { IsScalar: true } ? encoding.Choice<OrderRule>("order") : null,
            At = encoding.Choice<LabelAt>("at"),
            Most = most is >= 1 ? most : null,
        };
    }

    /// <summary>An axis bound: a number or an ISO date (kept as text too, so a date axis can read it).</summary>
    private static (double?, string?) Bound(MappingReader encoding, string key, DiagnosticBag diagnostics)
    {
        var text = encoding.String(key);
        if (text is null) return (null, null);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return (number, text);
        if (ValueParsing.TryParseDate(text, out var date)) return (DateNumbers.ToNumber(date), text);
        var node = encoding.Optional(key)!;
        diagnostics.Error($"'{key}' must be a number or a date (YYYY-MM-DD), found '{text}'", node.Location, node.KeyPath);
        return (null, null);
    }

    public static bool IsStep(string step) => TickStep.TryParse(step, out _);

    /// <summary>Fixed colours for named categories (<c>values: { Total Authors: orange }</c>).</summary>
    private static IReadOnlyDictionary<string, string> Values(MappingReader encoding, DiagnosticBag diagnostics, ColorVocabulary colors)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = encoding.Optional("values");
        if (node is null || node.IsNull) return result;
        if (!node.IsMapping)
        {
            diagnostics.Error($"'values' must map category names to colours, found {node.KindName}", node.Location, node.KeyPath);
            return result;
        }
        foreach (var (name, _, value) in node.Entries())
        {
            if (value.IsScalar && colors.IsColor(value.Text)) result[name] = value.Text;
            else diagnostics.Error($"'{name}' in 'values' must be a colour (a name such as orange or a hex code such as #1F78B4)",
                value.Location, value.KeyPath);
        }
        return result;
    }
}
