using HfReports.Engine.Frames;

namespace HfReports.Engine.Charts;

/// <summary>
/// What a chart draws from a frame: NaN, infinities and reals beyond ±1e100 become missing values, which
/// every chart type already skips. They have no place on an axis: ScottPlot cannot scale one that holds
/// them (a span of ±1e308 overflows), and no reader can tell such values apart on a page anyway.
/// </summary>
internal static class FiniteValues
{
    public const double MaxMagnitude = 1e100;

    public static Frame Of(Frame frame)
    {
        if (!frame.Columns.Any(HasNonFinite)) return frame;
        return new Frame(frame.Columns.Select(c => HasNonFinite(c)
            ? new FrameColumn(c.Name, c.Type, c.Values.Select(v => v is double d && !Drawable(d) ? null : v).ToArray())
            : c).ToArray());
    }

    private static bool HasNonFinite(FrameColumn column) => column.Values.Any(v => v is double d && !Drawable(d));

    private static bool Drawable(double value) => double.IsFinite(value) && Math.Abs(value) <= MaxMagnitude;
}
