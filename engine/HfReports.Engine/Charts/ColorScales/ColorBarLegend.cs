using ScottPlot;
using SkiaSharp;

namespace HfReports.Engine.Charts.ColorScales;

/// <summary>
/// The legend of a continuous colour scale as a journal figure shows it: a titled bar below the plot, shaded from the
/// scale's low to its high end (drawn as thin vector strips, so PDF and SVG stay vector; a binned scale shows its
/// steps), with the ends and the middle labelled.
/// </summary>
internal sealed class ColorBarLegend(ContinuousScale scale, string title, Func<double, string> format, SKTypeface typeface, float fontSize) : IPanel
{
    private const float BarWidth = 140;
    private const float BarHeight = 7;
    private const int Strips = 70;

    public bool IsVisible { get; set; } = true;
    public Edge Edge => Edge.Bottom;
    public bool ShowDebugInformation { get; set; }
    public float MinimumSize { get; set; }
    public float MaximumSize { get; set; } = float.MaxValue;

    public float Measure(Paint paint) => IsVisible ? BarHeight + fontSize * 2.4f : 0;

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(dataRect.Left, dataRect.Right, dataRect.Bottom + offset + size, dataRect.Bottom + offset);

    public void Render(RenderPack rp, float size, float offset)
    {
        using var font = new SKFont(typeface, fontSize);
        using var text = new SKPaint { IsAntialias = true, Color = new SKColor(38, 38, 38) };
        using var fill = new SKPaint { IsAntialias = false, Style = SKPaintStyle.Fill };
        var titleWidth = font.MeasureText(title);
        var total = titleWidth + 6 + BarWidth;
        var left = rp.DataRect.HorizontalCenter - total / 2;
        var top = rp.DataRect.Bottom + offset + fontSize * 0.6f;
        rp.Canvas.DrawText(title, left, top + BarHeight * 0.5f + fontSize * 0.35f, SKTextAlign.Left, font, text);
        var barLeft = left + titleWidth + 6;
        for (var i = 0; i < Strips; i++)
        {
            var value = scale.Min + (scale.Max - scale.Min) * (i + 0.5) / Strips;
            var color = scale.Map(value);
            fill.Color = new SKColor(color.R, color.G, color.B);
            // Strips overlap by a hair so no white seam shows between them.
            rp.Canvas.DrawRect(barLeft + BarWidth * i / Strips, top, BarWidth / Strips + 0.3f, BarHeight, fill);
        }
        foreach (var (t, align) in new[] { (0.0, SKTextAlign.Left), (0.5, SKTextAlign.Center), (1.0, SKTextAlign.Right) })
        {
            var x = barLeft + (float)t * BarWidth;
            rp.Canvas.DrawText(format(scale.Min + (scale.Max - scale.Min) * t), x, top + BarHeight + fontSize * 1.05f, align, font, text);
        }
    }
}
