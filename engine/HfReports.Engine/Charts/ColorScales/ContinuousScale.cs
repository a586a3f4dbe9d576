using ScottPlot;

namespace HfReports.Engine.Charts.ColorScales;

/// <summary>
/// Maps numbers (or dates as OADate) onto colours: viridis, a blue-white-red diverging scale (correlations), the paper's date gradient (purple to
/// light green, through blue) or a binned sequential blue (ggplot's default, #132B43 to #56B1F7). Its legend is a
/// <see cref="ColorBarLegend"/> drawn in vector strips, so the figure stays vector everywhere.
/// </summary>
internal sealed class ContinuousScale
{
    private readonly Color[] _stops;
    private readonly int? _bins;

    public double Min { get; }
    public double Max { get; }
    public ColorRamp Kind { get; }

    public ContinuousScale(ColorRamp kind, double min, double max, int? bins)
    {
        Kind = kind;
        Min = min;
        Max = max;
        _bins = kind == ColorRamp.Binned ? bins ?? 5 : bins;
        _stops = kind switch
        {
            ColorRamp.Date => DateStops,
            ColorRamp.Binned => [Color.FromHex("#132B43"), Color.FromHex("#56B1F7")],
            ColorRamp.Diverging => [Color.FromHex("#2166AC"), Color.FromHex("#F7F7F7"), Color.FromHex("#B2182B")],
            ColorRamp.Viridis => Viridis,
        };
    }

    /// <summary>The paper's purple to lightgreen, its light end darkened to 3:1 on white (lightgreen itself is 1.4:1: its
    /// bars barely showed). A straight line between the two in RGB passes through grey-mauve (#7E5EA6), where mid-range
    /// dates could not be told apart on the bar, so the ramp turns through blue and teal instead: the stops are the two
    /// ends' OKLCH lightness, chroma and hue interpolated in quarters (hue 306° to 144° the short way round), each at
    /// 3:1 or more on white.</summary>
    private static readonly Color[] DateStops = new[] { "#A020F0", "#3869FF", "#0092D5", "#00A090", "#5D9B5D" }
        .Select(Color.FromHex).ToArray();

    /// <summary>Viridis sampled at nine even stops (matplotlib's table); linear between them is visually exact at figure sizes.</summary>
    private static readonly Color[] Viridis = new[]
        {"#440154", "#472D7B", "#3B528B", "#2C728E", "#21918C", "#28AE80", "#5EC962", "#ADDC30", "#FDE725"}
        .Select(Color.FromHex).ToArray();

    public Color Map(double value)
    {
        var t = Max > Min ? Math.Clamp((value - Min) / (Max - Min), 0, 1) : 0.5;
        if (_bins is { } bins)
            t = Math.Min(Math.Floor(t * bins), bins - 1) / (bins - 1);
        return At(t);
    }

    private Color At(double t)
    {
        var scaled = t * (_stops.Length - 1);
        var i = Math.Min((int)Math.Floor(scaled), _stops.Length - 2);
        var f = scaled - i;
        var (a, b) = (_stops[i], _stops[i + 1]);
        return new Color(Lerp(a.R, b.R, f), Lerp(a.G, b.G, f), Lerp(a.B, b.B, f));
    }

    private static byte Lerp(byte a, byte b, double f) => (byte)Math.Round(a + (b - a) * f);
}
