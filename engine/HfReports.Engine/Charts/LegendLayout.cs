using HfReports.Engine.Spec;
using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>Shows a panel's legend entries at the declared position, in the paper style (no frame, small type,
/// horizontal rows that wrap at the bottom or top, a column at the right).</summary>
internal static class LegendLayout
{
    public static void Show(Plot plot, IReadOnlyList<LegendEntry> entries, LegendPosition position, float fontSize)
    {
        plot.Legend.ManualItems.Clear();
        foreach (var entry in entries)
        {
            var item = new LegendItem { LabelText = entry.Label };
            switch (entry.Mark)
            {
                case LegendMark.Line:
                    item.LineColor = entry.Color;
                    item.LineWidth = 1.5f;
                    break;
                case LegendMark.Point:
                    item.MarkerShape = MarkerShape.FilledCircle;
                    item.MarkerFillColor = entry.Color;
                    item.MarkerLineColor = entry.Color;
                    item.MarkerSize = 5;
                    break;
                default:
                    item.FillColor = entry.Color;
                    break;
            }
            plot.Legend.ManualItems.Add(item);
        }
        plot.Legend.FontSize = fontSize;
        plot.Legend.SymbolWidth = 12;
        plot.Legend.SymbolPadding = 3;
        plot.Legend.InterItemPadding = new PixelPadding(2, 6, 1, 1);
        plot.Legend.Padding = new PixelPadding(2);
        plot.Legend.Margin = new PixelPadding(0);
        plot.Legend.TightHorizontalWrapping = true;
        switch (position)
        {
            case LegendPosition.Inside:
                plot.ShowLegend(Alignment.UpperRight);
                break;
            case LegendPosition.Right:
                plot.Legend.Orientation = Orientation.Vertical;
                plot.ShowLegend(Edge.Right).Padding = new PixelPadding(4, 0);
                break;
            case LegendPosition.Top or LegendPosition.Bottom:
                plot.Legend.Orientation = Orientation.Horizontal;
                plot.ShowLegend(position == LegendPosition.Top ? Edge.Top : Edge.Bottom).Padding = new PixelPadding(0, 4);
                break;
            case LegendPosition.Direct or LegendPosition.None:
                throw new ArgumentOutOfRangeException(nameof(position), position, "a panel without a legend shows none");
            default:
                throw new ArgumentOutOfRangeException(nameof(position), position, null);
        }
    }
}
