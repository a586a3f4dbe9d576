using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.ColorScales;
using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>
/// What a chart type drew on its panel, returned to <see cref="ChartBuilder"/>, which finishes the panel from it
/// (limits, axes, statistics, annotations, point labels, legend): the axes along the bottom and the left (swapped for
/// lying bars) with their titles, and what later layers need to know about the marks.
/// </summary>
internal sealed record DrawnPanel(AxisScale XScale, AxisScale YScale, string? XTitle, string? YTitle)
{
    /// <summary>Lying bars: the value axis runs along the bottom.</summary>
    public bool Horizontal { get; init; }

    /// <summary>Nothing was drawn: the panel says "no data".</summary>
    public bool NoData { get; init; }

    /// <summary>Limits the type wants on the value axis (0..1 for percent stacks); declared min/max still win.</summary>
    public (double Min, double Max)? FixedValueLimits { get; init; }

    /// <summary>The value axis's tick format when the type fixes one (percent stacks).</summary>
    public string? ValueFormat { get; init; }

    public IReadOnlyList<LegendEntry> Legend { get; init; } = [];

    /// <summary>The legend of a continuous colour scale, shown below the plot unless the legend is hidden.</summary>
    public ColorBarLegend? ColorBar { get; init; }

    /// <summary>Each series' points in plot coordinates, for the statistics drawn over them.</summary>
    public IReadOnlyList<SeriesPoints> SeriesPoints { get; init; } = [];

    /// <summary>Text labels at data points, placed once the axis limits are known (so overlaps can be avoided).</summary>
    public IReadOnlyList<LabelLayer.Label> PointLabels { get; init; } = [];

    /// <summary>Marks that labels must not cover (bars), in plot coordinates; points come from <see cref="SeriesPoints"/>.</summary>
    public IReadOnlyList<CoordinateRect> Obstacles { get; init; } = [];
}

/// <summary>One series' points in plot coordinates, sorted by x.</summary>
internal sealed record SeriesPoints(Series Series, double[] Xs, double[] Ys);
