namespace HfReports.Engine.Transform;

/// <summary>A tuple of key values that groups rows; ordered with nulls first, then by value, so grouped output is deterministic.</summary>
internal sealed class GroupKey(object?[] values) : IComparable<GroupKey>, IEquatable<GroupKey>
{
    public object?[] Values { get; } = values;

    public int CompareTo(GroupKey? other)
    {
        if (other is null) return 1;
        for (var i = 0; i < Values.Length; i++)
        {
            var c = CompareValues(Values[i], other.Values[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    public static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        (IComparable x, _) when x.GetType() == b.GetType() => x.CompareTo(b),
        _ => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
            .CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
    };

    public bool Equals(GroupKey? other) => other is not null && CompareTo(other) == 0;
    public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values) hash.Add(value);
        return hash.ToHashCode();
    }
}
