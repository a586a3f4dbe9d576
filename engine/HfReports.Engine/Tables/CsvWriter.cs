using System.Globalization;
using System.Text;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Tables;

/// <summary>Writes a frame as RFC 4180 CSV in UTF-8 (the data behind each figure and table).</summary>
internal static class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The CSV's bytes, or null as soon as they would pass <paramref name="maxBytes"/>: the bytes are counted
    /// row by row as they are written, so a frame of hundreds of megabytes costs at most the ceiling, never its whole CSV.</summary>
    public static byte[]? Write(Frame frame, long maxBytes = int.MaxValue)
    {
        using var bytes = new MemoryStream();
        if (!Line(bytes, frame.ColumnNames, maxBytes)) return null;
        for (var row = 0; row < frame.RowCount; row++)
            if (!Line(bytes, frame.Columns.Select(c => Raw(c[row])), maxBytes)) return null;
        return bytes.ToArray();
    }

    /// <summary>Appends one line, value by value, each counted before it is copied; false when the ceiling is passed.</summary>
    private static bool Line(MemoryStream bytes, IEnumerable<string> values, long maxBytes)
    {
        var first = true;
        foreach (var value in values)
        {
            var quoted = Quote(value);
            if (bytes.Length + Utf8.GetByteCount(quoted) + 3 > maxBytes) return false;
            if (!first) bytes.WriteByte((byte)',');
            bytes.Write(Utf8.GetBytes(quoted));
            first = false;
        }
        bytes.Write("\r\n"u8);
        return true;
    }

    private static string Raw(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => ValueParsing.FormatDate(t),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
