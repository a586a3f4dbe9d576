namespace HfReports.Engine.Frames;

/// <summary>A table of named, typed columns: what a query returns and what transforms, charts and tables consume.</summary>
internal sealed class Frame
{
    public IReadOnlyList<FrameColumn> Columns { get; }
    public int RowCount { get; }

    public Frame(IReadOnlyList<FrameColumn> columns)
    {
        var rows = columns.Count == 0 ? 0 : columns[0].Count;
        foreach (var column in columns)
            if (column.Count != rows)
                throw new ArgumentException($"column '{column.Name}' has {column.Count} rows, expected {rows}");
        var duplicate = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"column '{duplicate.Key}' appears more than once");
        Columns = columns;
        RowCount = rows;
    }

    public static Frame Empty { get; } = new([]);

    public IEnumerable<string> ColumnNames => Columns.Select(c => c.Name);

    public FrameColumn? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public FrameColumn this[string name] =>
        Find(name) ?? throw new KeyNotFoundException($"the frame has no column '{name}' (it has: {string.Join(", ", ColumnNames)})");

    public bool Has(string name) => Find(name) is not null;

    /// <summary>A frame with the rows at the given indexes, in that order.</summary>
    public Frame SelectRows(IReadOnlyList<int> rows) =>
        new(Columns.Select(c => c.SelectRows(rows)).ToArray());
}
