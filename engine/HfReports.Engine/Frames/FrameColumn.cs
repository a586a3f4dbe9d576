namespace HfReports.Engine.Frames;

/// <summary>One named, typed column of a frame. Values follow the storage rules of <see cref="ColumnType"/>.</summary>
public sealed class FrameColumn
{
    public string Name { get; }
    public ColumnType Type { get; }
    public IReadOnlyList<object?> Values { get; }

    public FrameColumn(string name, ColumnType type, IReadOnlyList<object?> values)
    {
        Name = name;
        Type = type;
        Values = values;
    }

    public int Count => Values.Count;

    public object? this[int row] => Values[row];

    /// <summary>The value as a double for charts and arithmetic: numbers as is, dates as OLE automation days, booleans as 0/1.</summary>
    public double? AsDouble(int row) => Values[row] switch
    {
        null => null,
        long l => l,
        double d => d,
        DateTime t => DateNumbers.ToNumber(t),
        bool b => b ? 1 : 0,
        _ => null,
    };

    public FrameColumn Rename(string name) => new(name, Type, Values);
}
