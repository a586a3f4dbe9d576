using HfReports.Engine.Theme;
using ScottPlot;
using SkiaSharp;

namespace HfReports.Engine.Charts;

/// <summary>
/// The paper look shared by every figure: the report's serif face at journal sizes (the body size
/// × 0.8, so 8 pt for 10 pt text; 1 unit = 1 pt in the PDF), thin left and bottom axes only, a
/// faint major grid, no minor ticks, no legend frame or shadow.
/// </summary>
internal static class PaperStyle
{
    public static string FontFamily(FontRegistry fonts) => fonts.Theme.SerifFamily;

    public static SKTypeface Typeface(FontRegistry fonts) => fonts.Serif;

    public static float FontSize(FontRegistry fonts) => fonts.Theme.BodySize * 0.8f;

    public static void Apply(Plot plot, FontRegistry fonts)
    {
        plot.Font.Set(FontFamily(fonts));
        var size = FontSize(fonts);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = size;
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = size * 0.9f;
            axis.FrameLineStyle.Width = 0.6f;
            axis.MajorTickStyle.Width = 0.6f;
            axis.MajorTickStyle.Length = 3;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Title.Label.FontSize = size * 1.1f;
        plot.Axes.Title.Label.Bold = false;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.07);
        plot.Grid.MajorLineWidth = 0.5f;
        plot.Legend.FontSize = size * 0.9f;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        plot.Legend.ShadowColor = Colors.Transparent;
    }
}
