using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>
/// The lines already drawn on a plot, as polylines in plot coordinates, for point labels to keep clear of: series lines
/// (in steps where they are drawn in steps), trend curves, segments and reference lines across the plot.
/// </summary>
internal static class DrawnLines
{
    public static IEnumerable<Coordinates[]> Of(Plot plot, AxisLimits limits)
    {
        foreach (var plottable in plot.GetPlottables())
        {
            switch (plottable)
            {
                case ScottPlot.Plottables.Scatter { LineWidth: > 0 } scatter:
                    var points = scatter.Data.GetScatterPoints().Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToArray();
                    if (points.Length >= 2) yield return scatter.ConnectStyle == ConnectStyle.StepHorizontal ? StepsOf(points) : points;
                    break;
                case ScottPlot.Plottables.LinePlot { LineWidth: > 0 } line:
                    yield return [line.Start, line.End];
                    break;
                case ScottPlot.Plottables.VerticalLine vertical:
                    yield return [new Coordinates(vertical.X, limits.Bottom), new Coordinates(vertical.X, limits.Top)];
                    break;
                case ScottPlot.Plottables.HorizontalLine horizontal:
                    yield return [new Coordinates(limits.Left, horizontal.Y), new Coordinates(limits.Right, horizontal.Y)];
                    break;
            }
        }
    }

    /// <summary>A step line holds each value until the next x: a corner at (next x, this y) before every rise or fall.</summary>
    public static Coordinates[] StepsOf(IReadOnlyList<Coordinates> points)
    {
        var steps = new List<Coordinates> { points[0] };
        for (var i = 1; i < points.Count; i++)
        {
            steps.Add(new Coordinates(points[i].X, points[i - 1].Y));
            steps.Add(points[i]);
        }
        return steps.ToArray();
    }
}
