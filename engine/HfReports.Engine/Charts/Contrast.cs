using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>WCAG contrast against the white page: text needs 4.5:1, marks and lines 3:1. Colours that fall short are
/// darkened in steps (hue kept) until they reach it, so a declared pink or light green stays recognisable but legible.</summary>
internal static class Contrast
{
    public const double Text = 4.5;
    public const double Graphics = 3.0;

    public static double AgainstWhite(Color color) => 1.05 / (RelativeLuminance(color) + 0.05);

    public static Color AtLeast(Color color, double ratio)
    {
        for (var i = 0; i < 40 && AgainstWhite(color) < ratio; i++)
            color = new Color((byte)(color.R * 0.92), (byte)(color.G * 0.92), (byte)(color.B * 0.92), color.A);
        return color;
    }

    public static double RelativeLuminance(Color color)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(color.R) + 0.7152 * Channel(color.G) + 0.0722 * Channel(color.B);
    }
}
