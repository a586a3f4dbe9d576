using HfReports.Engine.Charts.Types;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Charts;

/// <summary>
/// The only list of chart types: the spec reader accepts their names (handed in as <see cref="ChartTypeNames"/>),
/// <see cref="ChartBuilder"/> draws with them, and the tests fuzz them and compare them with the JSON Schema.
/// Adding a chart type is one class implementing <see cref="IChartType"/> and one line here.
/// </summary>
internal static class ChartCatalog
{
    public static readonly IReadOnlyList<IChartType> Types =
    [
        new ColumnChart(),
        new LineChart(),
        new ScatterChart(),
        new AreaChart(),
        new HistogramChart(),
        new DensityChart(),
        new HeatmapChart(),
        new SegmentChart(),
        new BoxChart(),
    ];

    private static readonly Dictionary<string, (IChartType Type, ChartName Name)> ByName =
        Types.SelectMany(t => t.Names.Select(n => (n.Name, (t, n)))).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Every name, in catalog order (the order error messages list them in).</summary>
    public static readonly IReadOnlyList<string> AllNames = Types.SelectMany(t => t.Names.Select(n => n.Name)).ToArray();

    /// <summary>What the spec reader needs to know of chart types: their names and default stacking.</summary>
    public static readonly ChartTypeNames SpecNames =
        new(Types.SelectMany(t => t.Names).Select(n => (n.Name, n.DefaultStack)).ToArray());

    public static bool TryFind(string name, out IChartType type, out ChartName traits)
    {
        var found = ByName.TryGetValue(name, out var entry);
        (type, traits) = (entry.Type, entry.Name);
        return found;
    }
}
