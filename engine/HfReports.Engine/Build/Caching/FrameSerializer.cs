using System.Text;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Build.Caching;

/// <summary>
/// A frame as bytes and back, column by column. Each value carries its own tag, so a column that
/// holds mixed storage types after a transform round-trips exactly (doubles bit for bit, dates
/// with their kind). Any malformed input is a <see cref="FormatException"/>.
/// </summary>
internal static class FrameSerializer
{
    private const int Version = 1;

    private enum Tag : byte { Null, Text, Integer, Real, Date, Boolean }

    /// <summary>At most the bytes <see cref="Write"/> makes of the frame (counted without writing them).</summary>
    public static long Size(Frame frame) => 16 + frame.Columns.Sum(c => 6L + Encoding.UTF8.GetByteCount(c.Name) + c.Values.Sum(v => v switch
    {
        string text => 6L + Encoding.UTF8.GetByteCount(text),
        _ => 9L,
    }));

    public static byte[] Write(Frame frame, bool truncated)
    {
        // Sized once, so a large frame is not copied each time the buffer would double.
        using var memory = new MemoryStream((int)Math.Min(Size(frame), int.MaxValue));
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(truncated);
            writer.Write(frame.Columns.Count);
            writer.Write(frame.RowCount);
            foreach (var column in frame.Columns)
            {
                writer.Write(column.Name);
                writer.Write((byte)column.Type);
                foreach (var value in column.Values) WriteValue(writer, value);
            }
        }
        return memory.ToArray();
    }

    public static (Frame Frame, bool Truncated) Read(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
            if (reader.ReadInt32() != Version) throw new FormatException("unknown frame format");
            var truncated = reader.ReadBoolean();
            var columnCount = reader.ReadInt32();
            var rows = reader.ReadInt32();
            if (columnCount < 0 || rows < 0 || (long)columnCount * rows > bytes.Length) throw new FormatException("frame size out of range");
            var columns = new FrameColumn[columnCount];
            for (var c = 0; c < columnCount; c++)
            {
                var name = reader.ReadString();
                var type = (ColumnType)reader.ReadByte();
                if (!Enum.IsDefined(type)) throw new FormatException($"unknown column type {(int)type}");
                var values = new object?[rows];
                for (var r = 0; r < rows; r++) values[r] = ReadValue(reader);
                columns[c] = new FrameColumn(name, type, values);
            }
            if (reader.BaseStream.Position != bytes.Length) throw new FormatException("trailing bytes after the frame");
            return (new Frame(columns), truncated);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or IOException)
        {
            throw new FormatException($"not a cached frame: {e.Message}", e);
        }
    }

    private static void WriteValue(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.Write((byte)Tag.Null); break;
            case string s: writer.Write((byte)Tag.Text); writer.Write(s); break;
            case long l: writer.Write((byte)Tag.Integer); writer.Write(l); break;
            case double d: writer.Write((byte)Tag.Real); writer.Write(d); break;
            case DateTime t: writer.Write((byte)Tag.Date); writer.Write(t.ToBinary()); break;
            case bool b: writer.Write((byte)Tag.Boolean); writer.Write(b); break;
            default: throw new NotSupportedException($"a frame value of type {value.GetType().Name} cannot be cached");
        }
    }

    private static object? ReadValue(BinaryReader reader) => (Tag)reader.ReadByte() switch
    {
        Tag.Null => null,
        Tag.Text => reader.ReadString(),
        Tag.Integer => reader.ReadInt64(),
        Tag.Real => reader.ReadDouble(),
        Tag.Date => DateTime.FromBinary(reader.ReadInt64()),
        Tag.Boolean => reader.ReadBoolean(),
        var tag => throw new FormatException($"unknown value tag {(byte)tag}"),
    };
}
