using ScottPlot;

namespace HfReports.Engine.Charts.Annotations;

/// <summary>
/// Keeps an annotation's text inside the plot area, where ScottPlot clips it: drawn just before the text, it measures
/// where the text would stand (its anchor, alignment and offsets) in the plot's own pixels and moves it by the least
/// that brings it inside (a range's label near the right end moves left, a text near an edge moves in). Upright text
/// only: a turned label is placed along its line by its own rule.
/// </summary>
internal sealed class KeepInsidePlot(ScottPlot.Plottables.Text text) : IPlottable
{
    private float _movedX; // the move the last render added to the text's own offsets
    private float _movedY;

    public bool IsVisible { get; set; } = true;
    public IAxes Axes { get; set; } = new ScottPlot.Axes();
    public IEnumerable<LegendItem> LegendItems => [];
    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        var (offsetX, offsetY) = (text.LabelOffsetX - _movedX, text.LabelOffsetY - _movedY);
        (_movedX, _movedY) = text.LabelRotation != 0 ? (0, 0)
            : Shift(Box(Axes.GetPixel(text.Location), text.LabelStyle.Measure(rp.Paint), text.LabelAlignment, offsetX, offsetY), rp.DataRect);
        text.LabelOffsetX = offsetX + _movedX;
        text.LabelOffsetY = offsetY + _movedY;
    }

    private static PixelRect Box(Pixel anchor, MeasuredText measured, Alignment alignment, float offsetX, float offsetY)
    {
        var rect = measured.Rect(alignment);
        return new PixelRect(anchor.X + offsetX + rect.Left, anchor.X + offsetX + rect.Right, anchor.Y + offsetY + rect.Bottom, anchor.Y + offsetY + rect.Top);
    }

    /// <summary>The least move that puts <paramref name="box"/> inside <paramref name="area"/> (centred on it when wider).</summary>
    public static (float X, float Y) Shift(PixelRect box, PixelRect area)
    {
        const float margin = 1;
        static float Along(float low, float high, float areaLow, float areaHigh) =>
            high - low > areaHigh - areaLow - 2 * margin ? (areaLow + areaHigh) / 2 - (low + high) / 2
            : low < areaLow + margin ? areaLow + margin - low
            : high > areaHigh - margin ? areaHigh - margin - high
            : 0;
        return (Along(box.Left, box.Right, area.Left, area.Right), Along(box.Top, box.Bottom, area.Top, area.Bottom));
    }
}
