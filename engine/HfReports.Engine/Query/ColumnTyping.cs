using System.Globalization;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Query;

/// <summary>
/// Gives raw SQLite values a column type. SQLite has no date type, so a text column whose
/// every value is an ISO date or timestamp becomes a date column; a declared type wins.
/// </summary>
public static class ColumnTyping
{
    public static FrameColumn Type(string name, List<object?> raw, ColumnType? declared)
    {
        var type = declared ?? Infer(raw);
        var values = new object?[raw.Count];
        for (var i = 0; i < raw.Count; i++)
            values[i] = Convert(raw[i], type, name);
        return new FrameColumn(name, type, values);
    }

    private static ColumnType Infer(List<object?> raw)
    {
        bool anyText = false, anyReal = false, anyInteger = false, allDates = true;
        foreach (var value in raw)
        {
            switch (value)
            {
                case null: continue;
                case long: anyInteger = true; allDates = false; break;
                case double: anyReal = true; allDates = false; break;
                case string s:
                    anyText = true;
                    if (allDates && !ValueParsing.TryParseDate(s, out _)) allDates = false;
                    break;
                default: anyText = true; allDates = false; break;
            }
        }
        if (anyText) return allDates && !anyReal && !anyInteger ? ColumnType.Date : ColumnType.Text;
        if (anyReal) return ColumnType.Real;
        return anyInteger ? ColumnType.Integer : ColumnType.Text;
    }

    private static object? Convert(object? value, ColumnType type, string column)
    {
        if (value is null) return null;
        try
        {
            return type switch
            {
                ColumnType.Text => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture),
                ColumnType.Integer => value is string si ? long.Parse(si, CultureInfo.InvariantCulture) : System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
                ColumnType.Real => value is string sr ? double.Parse(sr, CultureInfo.InvariantCulture) : System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
                ColumnType.Boolean => value is string sb ? sb is "1" or "true" or "TRUE" : System.Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
                ColumnType.Date => value is string sd && ValueParsing.TryParseDate(sd, out var d) ? d
                    : throw new FormatException($"'{value}' is not an ISO date"),
                _ => value,
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new FormatException($"column '{column}': cannot read '{value}' as {type.ToString().ToLowerInvariant()}: {e.Message}");
        }
    }
}
