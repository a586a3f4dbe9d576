using System.Collections;

namespace HfReports.Engine.Frames;

/// <summary>
/// The values of one frame column, stored by type so a large frame stays small: numbers, dates and booleans in
/// arrays of their own type with a bit per row for missing values (8 bytes a number, where a boxed value took 32),
/// text as references to its strings. Read as a list of values (boxed as <see cref="ColumnType"/> says), so every
/// reader sees the same values whatever the storage; a column whose values do not match its type is kept as given.
/// </summary>
internal abstract class ColumnValues : IReadOnlyList<object?>
{
    public abstract int Count { get; }

    public abstract object? this[int index] { get; }

    /// <summary>The value as a double: numbers as is, dates as OLE automation days, booleans as 0/1, else null.</summary>
    public abstract double? AsDouble(int index);

    /// <summary>Bytes of the text and blobs held (<see cref="TextBytesOf"/>).</summary>
    public virtual long TextBytes() => 0;

    /// <summary>What a text or blob value takes in memory: 2 bytes a character (1 a blob byte) and 24 for the object
    /// itself, so a frame of many short strings is counted at what it holds; 0 for any other value.</summary>
    public static long TextBytesOf(object? value) => value switch
    {
        string text => 24 + 2L * text.Length,
        byte[] blob => 24 + blob.LongLength,
        _ => 0,
    };

    /// <summary>The values at the given rows, in that order, in the same storage.</summary>
    public abstract ColumnValues AtRows(IReadOnlyList<int> rows);

    /// <summary>Stores the values in the storage of <paramref name="type"/> when every value is of it, else as given.</summary>
    public static ColumnValues Of(ColumnType type, IReadOnlyList<object?> values)
    {
        if (values is ColumnValues stored) return stored;
        return type switch
        {
            ColumnType.Integer => Packed<long>.TryPack(values) ?? Boxed(values),
            ColumnType.Real => Packed<double>.TryPack(values) ?? Boxed(values),
            ColumnType.Date => Packed<DateTime>.TryPack(values) ?? Boxed(values),
            ColumnType.Boolean => Packed<bool>.TryPack(values) ?? Boxed(values),
            _ => Boxed(values),
        };
    }

    /// <summary>Values of one type with their missing rows (null: none missing); <paramref name="values"/> is kept, not copied.</summary>
    public static ColumnValues Of<T>(T[] values, NullMask? missing) where T : struct => new Packed<T>(values, missing);

    /// <summary>References as they are (text, or values of mixed types); <paramref name="values"/> is kept, not copied.</summary>
    public static ColumnValues Of(object?[] values) => new References(values);

    private static References Boxed(IReadOnlyList<object?> values) => new(values as object?[] ?? values.ToArray());

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Packed<T>(T[] values, NullMask? missing) : ColumnValues where T : struct
    {
        public override int Count => values.Length;

        public override object? this[int index] => missing is not null && missing[index] ? null : values[index];

        public override double? AsDouble(int index)
        {
            if (missing is not null && missing[index]) return null;
            var value = values[index];
            if (typeof(T) == typeof(long)) return (long)(object)value;
            if (typeof(T) == typeof(double)) return (double)(object)value;
            if (typeof(T) == typeof(DateTime)) return DateNumbers.ToNumber((DateTime)(object)value);
            return (bool)(object)value ? 1 : 0;
        }

        public override ColumnValues AtRows(IReadOnlyList<int> rows)
        {
            var selected = new T[rows.Count];
            NullMask? selectedMissing = null;
            for (var i = 0; i < selected.Length; i++)
            {
                var row = rows[i];
                selected[i] = values[row];
                if (missing is not null && missing[row]) (selectedMissing ??= new NullMask(selected.Length)).Set(i);
            }
            return new Packed<T>(selected, selectedMissing);
        }

        public static ColumnValues? TryPack(IReadOnlyList<object?> given)
        {
            var values = new T[given.Count];
            NullMask? missing = null;
            for (var i = 0; i < values.Length; i++)
            {
                switch (given[i])
                {
                    case null: (missing ??= new NullMask(values.Length)).Set(i); break;
                    case T value: values[i] = value; break;
                    default: return null;
                }
            }
            return new Packed<T>(values, missing);
        }
    }

    private sealed class References(object?[] values) : ColumnValues
    {
        public override int Count => values.Length;

        public override object? this[int index] => values[index];

        public override double? AsDouble(int index) => values[index] switch
        {
            null => null,
            long l => l,
            double d => d,
            DateTime t => DateNumbers.ToNumber(t),
            bool b => b ? 1 : 0,
            _ => null,
        };

        public override long TextBytes() => values.Sum(TextBytesOf);

        public override ColumnValues AtRows(IReadOnlyList<int> rows)
        {
            var selected = new object?[rows.Count];
            for (var i = 0; i < selected.Length; i++) selected[i] = values[rows[i]];
            return new References(selected);
        }
    }
}

/// <summary>One bit per row: set where the value is missing.</summary>
internal sealed class NullMask(int count)
{
    private readonly ulong[] _bits = new ulong[(count + 63) / 64];

    public bool this[int index] => (_bits[index >> 6] & (1UL << (index & 63))) != 0;

    public void Set(int index) => _bits[index >> 6] |= 1UL << (index & 63);
}
