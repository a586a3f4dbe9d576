using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>Named colour palettes; categories take colours in series order. The default, "Contrast", has twelve
/// distinct hues each at least 3:1 against white (WCAG's minimum for marks), unlike ColorBrewer's pale Paired pairs,
/// Set2 and Set3 (kept for specs that ask for them by name).</summary>
internal static class Palettes
{
    private static readonly Dictionary<string, string[]> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Contrast"] = ["#1F78B4", "#E66100", "#33A02C", "#E31A1C", "#6A3D9A", "#B15928", "#0E7C7B", "#C2338A", "#5D6D7E", "#8C6D00", "#4B5FC1", "#7A7A00"],
        ["Paired"] = ["#A6CEE3", "#1F78B4", "#B2DF8A", "#33A02C", "#FB9A99", "#E31A1C", "#FDBF6F", "#FF7F00", "#CAB2D6", "#6A3D9A", "#FFFF99", "#B15928"],
        ["Set2"] = ["#66C2A5", "#FC8D62", "#8DA0CB", "#E78AC3", "#A6D854", "#FFD92F", "#E5C494", "#B3B3B3"],
        ["Set3"] = ["#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5", "#D9D9D9", "#BC80BD", "#CCEBC5", "#FFED6F"],
    };

    public const string Default = "Contrast";

    public static IReadOnlyCollection<string> Names => Named.Keys;

    public static bool Exists(string name) => Named.ContainsKey(name);

    public static Color Pick(string? palette, int index)
    {
        var colors = Named[palette ?? Default];
        return Color.FromHex(colors[index % colors.Length]);
    }
}
