using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>How a legend entry shows its series: a filled swatch, a line, or a point.</summary>
public enum LegendMark
{
    Fill,
    Line,
    Point,
}

/// <summary>One legend entry; panels of a figure that list the same entries share one legend.</summary>
public sealed record LegendEntry(string Label, Color Color, LegendMark Mark);
