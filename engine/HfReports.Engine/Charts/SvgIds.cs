using System.Text.RegularExpressions;

namespace HfReports.Engine.Charts;

/// <summary>
/// ScottPlot numbers SVG clip paths from a process-wide counter (written in hex: cl_9, cl_a, ...),
/// so the same figure rendered twice differs. Renumbering ids per figure (with a figure prefix so
/// several inline SVGs in one HTML page never collide) makes the SVG a function of the figure alone.
/// </summary>
internal static partial class SvgIds
{
    [GeneratedRegex(@"\bcl_([0-9A-Za-z]+)\b")]
    private static partial Regex ClipId();

    public static string Stabilise(string svg, string prefix)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!map.TryGetValue(m.Value, out var id))
                map[m.Value] = id = $"{prefix}_c{map.Count + 1}";
            return id;
        });
    }
}
