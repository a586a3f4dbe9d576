namespace HfReports.Engine.Frames;

/// <summary>One named, typed column of a frame. Values follow the storage rules of <see cref="ColumnType"/>, kept in
/// <see cref="ColumnValues"/> of their type (a value is boxed only when read as an object).</summary>
internal sealed class FrameColumn
{
    public string Name { get; }
    public ColumnType Type { get; }
    public ColumnValues Values { get; }

    public FrameColumn(string name, ColumnType type, IReadOnlyList<object?> values)
    {
        Name = name;
        Type = type;
        Values = ColumnValues.Of(type, values);
    }

    public int Count => Values.Count;

    public object? this[int row] => Values[row];

    /// <summary>The value as a double for charts and arithmetic: numbers as is, dates as OLE automation days, booleans as 0/1.</summary>
    public double? AsDouble(int row) => Values.AsDouble(row);

    /// <summary>The values at the given rows, in that order.</summary>
    public FrameColumn SelectRows(IReadOnlyList<int> rows) => new(Name, Type, Values.AtRows(rows));

    public FrameColumn Rename(string name) => new(name, Type, Values);
}
