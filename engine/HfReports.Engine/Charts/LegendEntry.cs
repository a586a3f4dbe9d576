using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>How a legend entry shows its series: a filled swatch, a line, or a point.</summary>
internal enum LegendMark
{
    Fill,
    Line,
    Point,
}

/// <summary>One legend entry; panels of a figure that list the same entries share one legend.</summary>
internal sealed record LegendEntry(string Label, Color Color, LegendMark Mark)
{
    /// <summary>The legend of a panel's drawn series: one entry per named series, the first of each name.</summary>
    public static IReadOnlyList<LegendEntry> Of(IEnumerable<(Series Series, LegendMark Mark)> drawn) =>
        drawn.Where(d => d.Series.Named).DistinctBy(d => d.Series.Name)
            .Select(d => new LegendEntry(d.Series.Name, d.Series.Color, d.Mark)).ToArray();
}
