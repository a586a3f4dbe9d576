using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>The rows of one colour group (or all rows when the chart has no colour field), with its colour.</summary>
internal sealed record Series(string Name, IReadOnlyList<int> Rows, Color Color, int Index)
{
    public bool Named => Name.Length > 0;
}
