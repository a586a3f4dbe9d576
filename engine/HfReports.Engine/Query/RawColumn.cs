using HfReports.Engine.Frames;

namespace HfReports.Engine.Query;

/// <summary>
/// One query column as its rows are read, before it has a type (SQLite gives each value its own): numbers kept
/// unboxed, 9 bytes a value, in chunks of 4,096 rows, so reading a large frame never copies what it holds to grow.
/// <see cref="ColumnTyping"/> turns it into the frame's column.
/// </summary>
internal sealed class RawColumn
{
    public enum Kind : byte { Null, Integer, Real, Reference }

    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private const int Within = ChunkSize - 1;

    private readonly List<Chunk> _chunks = [];

    public int Count { get; private set; }

    /// <summary>Bytes of the text and blobs added (<see cref="ColumnValues.TextBytesOf"/>).</summary>
    public long TextBytes { get; private set; }

    public void AddNull() => Next();

    public void Add(long value)
    {
        var chunk = Next();
        chunk.Kinds[(Count - 1) & Within] = Kind.Integer;
        (chunk.Numbers ??= new long[ChunkSize])[(Count - 1) & Within] = value;
    }

    public void Add(double value)
    {
        var chunk = Next();
        chunk.Kinds[(Count - 1) & Within] = Kind.Real;
        (chunk.Numbers ??= new long[ChunkSize])[(Count - 1) & Within] = BitConverter.DoubleToInt64Bits(value);
    }

    /// <summary>Adds a value in SQLite's kinds (long, double, string, byte[] or null).</summary>
    public void Add(object? value)
    {
        switch (value)
        {
            case null: AddNull(); break;
            case long l: Add(l); break;
            case double d: Add(d); break;
            default:
                var chunk = Next();
                chunk.Kinds[(Count - 1) & Within] = Kind.Reference;
                (chunk.References ??= new object?[ChunkSize])[(Count - 1) & Within] = value;
                TextBytes += ColumnValues.TextBytesOf(value);
                break;
        }
    }

    public Kind KindAt(int row) => _chunks[row >> ChunkBits].Kinds[row & Within];

    public long IntegerAt(int row) => _chunks[row >> ChunkBits].Numbers![row & Within];

    public double RealAt(int row) => BitConverter.Int64BitsToDouble(_chunks[row >> ChunkBits].Numbers![row & Within]);

    /// <summary>The value as SQLite gave it (boxed).</summary>
    public object? this[int row] => KindAt(row) switch
    {
        Kind.Null => null,
        Kind.Integer => IntegerAt(row),
        Kind.Real => RealAt(row),
        _ => _chunks[row >> ChunkBits].References![row & Within],
    };

    private Chunk Next()
    {
        if ((Count & Within) == 0) _chunks.Add(new Chunk());
        Count++;
        return _chunks[^1];
    }

    private sealed class Chunk
    {
        public readonly Kind[] Kinds = new Kind[ChunkSize];
        public long[]? Numbers;
        public object?[]? References;
    }
}
