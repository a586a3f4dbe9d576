namespace HfReports.Engine.Spec;

/// <summary>The chart types a spec may name, each with the stacking its series get when the chart declares none.
/// The chart catalog hands this to the reader, so reading a spec does not depend on drawing one.</summary>
internal sealed class ChartTypeNames(IReadOnlyList<(string Name, StackMode DefaultStack)> types)
{
    private readonly Dictionary<string, StackMode> _defaultStacks = types.ToDictionary(t => t.Name, t => t.DefaultStack, StringComparer.Ordinal);

    /// <summary>In the catalog's order, the order the reader lists them in when a spec names another.</summary>
    public IReadOnlyList<string> Names { get; } = types.Select(t => t.Name).ToArray();

    public StackMode DefaultStack(string name) => _defaultStacks[name];
}
