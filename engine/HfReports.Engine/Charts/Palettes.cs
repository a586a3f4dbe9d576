using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>Named colour palettes (ColorBrewer qualitative sets); categories take colours in sorted order, as ggplot does.</summary>
public static class Palettes
{
    private static readonly Dictionary<string, string[]> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Paired"] = ["#A6CEE3", "#1F78B4", "#B2DF8A", "#33A02C", "#FB9A99", "#E31A1C", "#FDBF6F", "#FF7F00", "#CAB2D6", "#6A3D9A", "#FFFF99", "#B15928"],
        ["Set2"] = ["#66C2A5", "#FC8D62", "#8DA0CB", "#E78AC3", "#A6D854", "#FFD92F", "#E5C494", "#B3B3B3"],
        ["Set3"] = ["#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5", "#D9D9D9", "#BC80BD", "#CCEBC5", "#FFED6F"],
    };

    public const string Default = "Paired";

    public static IReadOnlyCollection<string> Names => Named.Keys;

    public static bool Exists(string name) => Named.ContainsKey(name);

    public static Color Pick(string? palette, int index)
    {
        var colors = Named[palette ?? Default];
        return Color.FromHex(colors[index % colors.Length]);
    }
}
