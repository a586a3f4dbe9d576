using HfReports.Engine.Spec.Charts;

namespace HfReports.Engine.Spec;

/// <summary>One chart (a figure's panel): its type, encodings, marks, statistics and annotations, as declared.</summary>
internal sealed record ChartSpec(
    string Type,
    EncodingSpec? X,
    EncodingSpec? Y,
    EncodingSpec? Color,
    EncodingSpec? Size,
    EncodingSpec? Label,
    EncodingSpec? Value,
    EncodingSpec? XEnd,
    EncodingSpec? YEnd,
    StackMode Stack,
    string? Title,
    LegendPosition Legend,
    double HeightWeight,
    MarkSpec Marks,
    IReadOnlyList<StatisticSpec> Statistics,
    IReadOnlyList<AnnotationSpec> Annotations,
    SourceLocation Location,
    string KeyPath)
{
    /// <summary>The panel's own data, when it does not draw the figure's frame.</summary>
    public DataSpec? Data { get; init; }
}

/// <summary>How a frame column maps to a visual channel (an axis, the colour, the size, a label),
/// with the channel's scale: axis type and range, tick step and format, palette or colour scale.</summary>
internal sealed record EncodingSpec(
    string Field,
    AxisType? Type,
    string? Title,
    string? Format,
    string? Palette,
    EncodingScale? Scale,
    double? Min,
    double? Max,
    string? MinText,
    string? MaxText,
    string? Step,
    double? Rotate,
    bool ShowLabels,
    int? Bins,
    int? Truncate,
    IReadOnlyDictionary<string, string> Values,
    SourceLocation Location,
    string KeyPath)
{
    /// <summary>The colour encoding: a colour map of the theme (<c>theme.colors</c>) that fixes each value's colour.</summary>
    public string? Colors { get; init; }

    /// <summary>The colour encoding: series order as a list of values (the rest follow), or 'frequency' (most rows
    /// first), 'value' (largest total of the value axis first) or 'name'; "Other", "Unknown" and missing values go last.</summary>
    public IReadOnlyList<string>? OrderList { get; init; }
    public OrderRule? OrderRule { get; init; }

    /// <summary>The label encoding: which points carry a label ('all', or 'last' / 'max' of each series).</summary>
    public LabelAt? At { get; init; }

    /// <summary>The label encoding: label at most this many points, as many as fit, each series' highest point first, then the highest values; the points
    /// left unlabelled are the selection asked for, not a warning.</summary>
    public int? Most { get; init; }

    /// <summary>An encoding that only names its field (the short form <c>x: column</c>).</summary>
    public static EncodingSpec OfField(string field, SourceLocation location, string keyPath) =>
        new(field, null, null, null, null, null, null, null, null, null, null, null, true, null, null,
            new Dictionary<string, string>(), location, keyPath);
}
