namespace HfReports.Ingest.Demo;

/// <summary>Picks items with fixed relative weights (a categorical distribution).</summary>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedTable(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToArray();
        if (list.Length == 0) throw new ArgumentException("a weighted table needs at least one positive weight");
        _items = list.Select(e => e.Item).ToArray();
        _cumulative = new double[list.Length];
        var total = 0.0;
        for (var i = 0; i < list.Length; i++)
            _cumulative[i] = total += list[i].Weight;
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(DemoRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
