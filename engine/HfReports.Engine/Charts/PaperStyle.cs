using HfReports.Engine.Theme;
using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>The paper look shared by every figure: the report's font, small type, thin axes, no chart junk.</summary>
public static class PaperStyle
{
    public static void Apply(Plot plot, FontRegistry fonts)
    {
        plot.Font.Set(fonts.Theme.SansFamily);
        var size = fonts.Theme.BodySize * 0.8f;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontSize = size;
            axis.TickLabelStyle.FontSize = size * 0.9f;
            axis.FrameLineStyle.Width = 0.6f;
            axis.MajorTickStyle.Width = 0.6f;
            axis.MinorTickStyle.Length = 0;
        }
        plot.Axes.Title.Label.FontSize = size * 1.1f;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.08);
        plot.Legend.FontSize = size * 0.9f;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        plot.Legend.ShadowColor = Colors.Transparent;
    }
}
