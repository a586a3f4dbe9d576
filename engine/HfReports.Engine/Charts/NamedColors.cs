using System.Globalization;
using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>
/// Colours by name or hex code. Names follow R's colour table (the paper's figures were drawn in R,
/// where green is #00FF00 and purple #A020F0, unlike CSS); names R does not have fall back to CSS.
/// </summary>
internal static class NamedColors
{
    private static readonly Dictionary<string, string> R = new(StringComparer.OrdinalIgnoreCase)
    {
        ["black"] = "#000000", ["white"] = "#FFFFFF", ["red"] = "#FF0000", ["green"] = "#00FF00", ["blue"] = "#0000FF",
        ["orange"] = "#FFA500", ["purple"] = "#A020F0", ["cyan"] = "#00FFFF", ["pink"] = "#FFC0CB", ["grey"] = "#BEBEBE",
        ["gray"] = "#BEBEBE", ["darkgreen"] = "#006400", ["darkgrey"] = "#A9A9A9", ["darkgray"] = "#A9A9A9",
        ["lightgreen"] = "#90EE90", ["lightblue"] = "#ADD8E6", ["darkblue"] = "#00008B", ["steelblue"] = "#4682B4",
        ["yellow"] = "#FFFF00", ["brown"] = "#A52A2A", ["darkred"] = "#8B0000", ["navy"] = "#000080", ["magenta"] = "#FF00FF",
        ["lightgrey"] = "#D3D3D3", ["lightgray"] = "#D3D3D3", ["darkorange"] = "#FF8C00", ["gold"] = "#FFD700",
    };

    public static bool TryParse(string text, out Color color)
    {
        color = Colors.Black;
        text = text.Trim();
        if (text.StartsWith('#') && (text.Length is 7 or 9) && text[1..].All(Uri.IsHexDigit))
        {
            color = Color.FromHex(text);
            return true;
        }
        if (R.TryGetValue(text, out var hex))
        {
            color = Color.FromHex(hex);
            return true;
        }
        var css = typeof(Colors).GetProperty(text, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.IgnoreCase);
        if (css?.GetValue(null) is Color named)
        {
            color = named;
            return true;
        }
        return false;
    }

    public static Color Parse(string? text, Color fallback) => text is not null && TryParse(text, out var color) ? color : fallback;

    public static string ToHex(Color color) => string.Create(CultureInfo.InvariantCulture, $"#{color.R:X2}{color.G:X2}{color.B:X2}");
}
