using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;
using ScottPlot;

namespace HfReports.Engine.Charts.Axes;

/// <summary>
/// Leaves out tick labels until neighbours no longer touch: date axes step up a calendar ladder (1, 2, 3, 6 months,
/// 1, 2, 5 years, ...) so ticks stay on round dates; category and number axes keep every k-th tick. The space an axis
/// has is estimated from the figure's size (ScottPlot lays the axis out later), with a margin for the other axis.
/// </summary>
internal static class TickThinning
{
    private static readonly TickStep[] Ladder =
    [
        new(1, TickUnit.Day), new(2, TickUnit.Day), new(1, TickUnit.Week), new(2, TickUnit.Week), new(1, TickUnit.Month),
        new(2, TickUnit.Month), new(3, TickUnit.Month), new(6, TickUnit.Month), new(1, TickUnit.Year), new(2, TickUnit.Year),
        new(5, TickUnit.Year), new(10, TickUnit.Year), new(20, TickUnit.Year), new(50, TickUnit.Year), new(100, TickUnit.Year),
    ];

    public static List<(double Position, string Label)> Thin(List<(double Position, string Label)> ticks, AxisScale scale, double min, double max,
        TickStep? step, string? format, double rotation, Edge edge, ChartContext context, float fontSize)
    {
        if (ticks.Count < 2 || !(max > min)) return ticks;
        var length = AxisLength(edge, context);
        bool Fits(List<(double Position, string Label)> candidate) => candidate.Count < 2 || Enumerable.Range(1, candidate.Count - 1).All(i =>
            (candidate[i].Position - candidate[i - 1].Position) / (max - min) * length >= Needed(candidate[i - 1].Label, candidate[i].Label, rotation, edge, context, fontSize));
        if (Fits(ticks)) return ticks;
        if (scale.Kind == AxisKind.Date)
        {
            var from = step is { Unit: not TickUnit.Number } declared ? Days(declared) : 0;
            foreach (var rung in Ladder.Where(r => Days(r) > from))
            {
                var candidate = DateTicks.Generate(min, max, rung, format).ToList();
                if (Fits(candidate)) return candidate;
            }
        }
        for (var every = 2; every < ticks.Count; every++)
        {
            var candidate = ticks.Where((_, i) => i % every == 0).ToList();
            if (Fits(candidate)) return candidate;
        }
        return [ticks[0]];
    }

    /// <summary>The points between two neighbouring ticks that keep their labels apart along the axis.</summary>
    private static double Needed(string a, string b, double rotation, Edge edge, ChartContext context, float fontSize)
    {
        var gap = fontSize * 0.4;
        // Stacked labels (a vertical axis) need a line each and a hairline between them, not a word's gap.
        if (edge is Edge.Left or Edge.Right) return fontSize * 1.35;
        var angle = Math.Abs(rotation) * Math.PI / 180;
        if (angle < 0.01)
            return (LabelText.Width(context.Typeface, fontSize, a) + LabelText.Width(context.Typeface, fontSize, b)) / 2 + gap;
        // Turned labels stand side by side: their line height, measured across the slant.
        return fontSize * 1.15 / Math.Sin(angle) + gap;
    }

    /// <summary>An estimate of the axis's length in points: the panel less the other axis, the titles and a legend beside it.</summary>
    private static double AxisLength(Edge edge, ChartContext context)
    {
        if (edge is Edge.Left or Edge.Right) return context.PanelHeight * 0.7;
        return context.FigureWidth * (context.Chart.Legend == LegendPosition.Right ? 0.68 : 0.84);
    }

    private static double Days(TickStep step) => step.Count * step.Unit switch
    {
        TickUnit.Day => 1,
        TickUnit.Week => 7,
        TickUnit.Month => 30.4,
        TickUnit.Quarter => 91.3,
        TickUnit.Year => 365.25,
        _ => 0,
    };
}
