namespace HfReports.Engine.Spec.Charts;

/// <summary>How a chart's marks look and how a chart type derives them (bins, bandwidth,
/// correlation columns). Every value is optional; the chart type supplies the default.</summary>
internal sealed record MarkSpec(
    bool? Points = null,
    double? Opacity = null,
    double? LineWidth = null,
    double? PointSize = null,
    double? BarWidth = null,
    string? Fill = null,
    string? Outline = null,
    double? OutlineWidth = null,
    int? Bins = null,
    double? BinWidth = null,
    double? Bandwidth = null,
    IReadOnlyList<string>? Columns = null,
    CorrelationMethod? Method = null,
    bool? CellLabels = null,
    int? MaxCategories = null,
    PointShape? PointShape = null,
    LineShape? LineShape = null,
    double? BinBoundary = null,
    double? BinCenter = null)
{
    public static MarkSpec Default { get; } = new();
}
