using ScottPlot;
using SkiaSharp;

namespace HfReports.Engine.Charts.Types;

/// <summary>
/// Filled circles of one colour and size, drawn as one batch. On a PDF or raster canvas each circle is a
/// zero-length stroke with a round cap (<see cref="SKCanvas.DrawPoints(SKPointMode, SKPoint[], SKPaint)"/>),
/// which Skia's PDF backend writes as "x y m h S" (PDF 1.7, 8.5.3.2: a degenerate subpath with round caps
/// paints a filled circle): about 20 bytes a point instead of four Béziers and a fill, one content entry for
/// the whole series. Skia's SVG device draws no points, so for SVG each circle is a &lt;circle&gt; element.
/// </summary>
internal sealed class DotMarks(double[] xs, double[] ys, float diameter, Color color) : IPlottable
{
    public bool IsVisible { get; set; } = true;
    public IAxes Axes { get; set; } = new ScottPlot.Axes();
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Set while the plot is drawn to SVG, which has no round-capped points.</summary>
    public bool AsSvgCircles { get; set; }

    public AxisLimits GetAxisLimits() => xs.Length == 0
        ? AxisLimits.NoLimits
        : new AxisLimits(xs.Min(), xs.Max(), ys.Min(), ys.Max());

    public void Render(RenderPack rp)
    {
        if (xs.Length == 0) return;
        using var paint = new SKPaint { IsAntialias = true, Color = color.ToSKColor() };
        if (AsSvgCircles)
        {
            paint.Style = SKPaintStyle.Fill;
            for (var i = 0; i < xs.Length; i++)
                rp.Canvas.DrawCircle(Axes.GetPixel(new Coordinates(xs[i], ys[i])).ToSKPoint(), diameter / 2, paint);
            return;
        }
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = diameter;
        paint.StrokeCap = SKStrokeCap.Round;
        var points = new SKPoint[xs.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            // Quarter points: far below what a reader shows, exact in binary, so the PDF writes "315.25", not "315.29712".
            var pixel = Axes.GetPixel(new Coordinates(xs[i], ys[i]));
            points[i] = new SKPoint(MathF.Round(pixel.X * 4) / 4, MathF.Round(pixel.Y * 4) / 4);
        }
        rp.Canvas.DrawPoints(SKPointMode.Points, points, paint);
    }
}
