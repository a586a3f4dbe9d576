using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;

namespace HfReports.Engine.Charts;

/// <summary>
/// The order of colour series (and so of the legend and the stack): a declared list first (values it does not name
/// follow by name), else the theme colour map's order, else by frequency, by value or by name (as ggplot sorts
/// factor levels). Catch-all values ("Other", "Unknown", missing) always go last unless a list places them.
/// </summary>
internal static class SeriesOrder
{
    private static readonly HashSet<string> CatchAll = new(["other", "others", "unknown", "na", "n/a", "none"], StringComparer.OrdinalIgnoreCase);

    public static bool IsCatchAll(string? name) => name is null || CatchAll.Contains(name.Trim());

    public static List<IGrouping<string?, int>> Arrange(IGrouping<string?, int>[] groups, FrameColumn column, EncodingSpec color,
        IReadOnlyList<string>? themeOrder, Func<IEnumerable<int>, double> valueTotal)
    {
        var byName = groups.OrderBy(g => g.Key is null ? 1 : 0)
            .ThenBy(g => column[g.First()], Comparer<object?>.Create(AxisScale.CompareKeys)).ToList();
        var declared = color.OrderList ?? (color.OrderRule is null ? themeOrder : null);
        IEnumerable<IGrouping<string?, int>> ordered = byName;
        if (declared is not null)
        {
            var rank = declared.Select((name, i) => (name, i)).GroupBy(p => p.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            var explicitList = color.OrderList is not null;
            return byName.OrderBy(g => g.Key is not null && rank.ContainsKey(g.Key) ? 0 : explicitList ? 1 : IsCatchAll(g.Key) ? 2 : 1)
                .ThenBy(g => g.Key is not null && rank.TryGetValue(g.Key, out var r) ? r : int.MaxValue)
                .ThenBy(g => IsCatchAll(g.Key) ? 1 : 0)
                .ToList();
        }
        ordered = color.OrderRule switch
        {
            OrderRule.Frequency => byName.OrderByDescending(g => g.Count()),
            OrderRule.Value => byName.OrderByDescending(g => valueTotal(g)),
            OrderRule.Name or null => byName,
        };
        // OrderBy is stable: within each half the chosen order stands.
        return ordered.OrderBy(g => IsCatchAll(g.Key) ? 1 : 0).ToList();
    }
}
