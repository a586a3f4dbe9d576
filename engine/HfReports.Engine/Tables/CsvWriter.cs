using System.Globalization;
using System.Text;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Tables;

/// <summary>Writes a frame as RFC 4180 CSV (the data behind each figure and table).</summary>
public static class CsvWriter
{
    public static string Write(Frame frame)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', frame.ColumnNames.Select(Quote)).Append("\r\n");
        for (var row = 0; row < frame.RowCount; row++)
            text.AppendJoin(',', frame.Columns.Select(c => Quote(Raw(c[row])))).Append("\r\n");
        return text.ToString();
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
