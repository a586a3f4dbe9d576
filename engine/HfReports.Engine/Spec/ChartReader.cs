using HfReports.Engine.Spec.Charts;

namespace HfReports.Engine.Spec;

/// <summary>Reads a chart (or one panel of a figure): type, encodings, marks, statistics and annotations.
/// reports/examples/CHARTS.md documents every key.</summary>
internal static class ChartReader
{
    private static readonly string[] Keys =
    [
        "type", "title", "height", "legend", "x", "y", "color", "size", "label", "value", "xend", "yend", "stack",
        "points", "opacity", "line_width", "point_size", "bar_width", "fill", "outline", "outline_width",
        "bins", "bin_width", "bandwidth", "columns", "method", "cell_labels", "max_categories",
        "smooth", "annotations", "data", "point_shape", "line_shape", "boundary", "center",
    ];

    /// <param name="vocabulary">The chart types the engine draws (the chart catalog's names and default stacking) and its transforms.</param>
    /// <param name="readSqlFile">Reads a panel's `data: { sql: file }`; null where panels cannot have their own data.</param>
    public static ChartSpec? Read(SpecNode node, DiagnosticBag diagnostics, SpecVocabulary vocabulary, Func<SpecNode, string?>? readSqlFile = null)
    {
        var chart = new MappingReader(node, diagnostics, "a chart", Keys);
        if (!chart.IsValid) return null;
        var type = chart.Choice("type", vocabulary.ChartTypes.Names, required: true);
        if (type is null) return null;
        var marks = new MarkSpec(
            Points: chart.Boolean("points"),
            Opacity: Fraction(chart, "opacity", diagnostics),
            LineWidth: Positive(chart, "line_width", diagnostics),
            PointSize: Positive(chart, "point_size", diagnostics),
            BarWidth: Positive(chart, "bar_width", diagnostics),
            Fill: chart.String("fill"),
            Outline: chart.String("outline"),
            OutlineWidth: Positive(chart, "outline_width", diagnostics),
            Bins: chart.IntegerWithin("bins", 1, SpecLimits.MaxBins),
            BinWidth: Positive(chart, "bin_width", diagnostics),
            Bandwidth: Positive(chart, "bandwidth", diagnostics),
            Columns: chart.Has("columns") ? chart.StringList("columns") : null,
            Method: chart.Choice<CorrelationMethod>("method"),
            CellLabels: chart.Boolean("cell_labels"),
            MaxCategories: chart.IntegerWithin("max_categories", 1, SpecLimits.MaxCategories),
            PointShape: chart.Choice<PointShape>("point_shape"),
            LineShape: chart.Choice<LineShape>("line_shape"),
            BinBoundary: chart.Number("boundary"),
            BinCenter: chart.Number("center"));
        if (marks.BinBoundary is not null && marks.BinCenter is not null)
            diagnostics.Error("'boundary' and 'center' both place the histogram's bins; give one of them", node.Location, SpecNode.Join(node.KeyPath, "center"));
        return new ChartSpec(
            Type: type,
            X: EncodingReader.Read(chart.Optional("x"), diagnostics, "the x encoding", EncodingReader.AxisScales, vocabulary.Colors),
            Y: EncodingReader.Read(chart.Optional("y"), diagnostics, "the y encoding", EncodingReader.AxisScales, vocabulary.Colors),
            Color: EncodingReader.Read(chart.Optional("color"), diagnostics, "the color encoding", EncodingReader.ColorScales, vocabulary.Colors),
            Size: EncodingReader.Read(chart.Optional("size"), diagnostics, "the size encoding", EncodingReader.AxisScales, vocabulary.Colors),
            Label: EncodingReader.Read(chart.Optional("label"), diagnostics, "the label encoding", EncodingReader.AxisScales, vocabulary.Colors),
            Value: EncodingReader.Read(chart.Optional("value"), diagnostics, "the value encoding", EncodingReader.ColorScales, vocabulary.Colors),
            XEnd: EncodingReader.Read(chart.Optional("xend"), diagnostics, "the xend encoding", EncodingReader.AxisScales, vocabulary.Colors),
            YEnd: EncodingReader.Read(chart.Optional("yend"), diagnostics, "the yend encoding", EncodingReader.AxisScales, vocabulary.Colors),
            Stack: chart.Choice<StackMode>("stack") ?? vocabulary.ChartTypes.DefaultStack(type),
            Title: chart.String("title"),
            Legend: chart.Choice<LegendPosition>("legend") ?? LegendPosition.Bottom,
            HeightWeight: chart.Number("height") ?? 1,
            Marks: marks,
            Statistics: StatisticReader.ReadAll(chart.Optional("smooth"), diagnostics, vocabulary.Colors),
            Annotations: AnnotationReader.ReadAll(chart.Optional("annotations"), diagnostics, vocabulary.Colors),
            Location: node.Location,
            KeyPath: node.KeyPath)
        {
            Data = chart.Optional("data") is { } data && readSqlFile is not null ? DataReader.Read(data, diagnostics, vocabulary, readSqlFile) : null,
        };
    }

    private static double? Positive(MappingReader reader, string key, DiagnosticBag diagnostics)
    {
        var value = reader.Number(key);
        if (value is <= 0)
        {
            var node = reader.Optional(key)!;
            diagnostics.Error($"'{key}' must be greater than 0, found {value}", node.Location, node.KeyPath);
            return null;
        }
        return value;
    }

    private static double? Fraction(MappingReader reader, string key, DiagnosticBag diagnostics)
    {
        var value = reader.Number(key);
        if (value is < 0 or > 1)
        {
            var node = reader.Optional(key)!;
            diagnostics.Error($"'{key}' must be between 0 and 1, found {value}", node.Location, node.KeyPath);
            return null;
        }
        return value;
    }
}
