using System.Globalization;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Query;

/// <summary>
/// Gives raw SQLite values a column type. SQLite has no date type, so a text column whose
/// every value is an ISO date or timestamp becomes a date column; a declared type wins.
/// </summary>
internal static class ColumnTyping
{
    public static FrameColumn Type(string name, RawColumn raw, ColumnType? declared)
    {
        var type = declared ?? Infer(raw);
        var values = type switch
        {
            ColumnType.Integer => Pack<long>(raw, type, name),
            ColumnType.Real => Pack<double>(raw, type, name),
            ColumnType.Date => Pack<DateTime>(raw, type, name),
            ColumnType.Boolean => Pack<bool>(raw, type, name),
            _ => Text(raw, name),
        };
        return new FrameColumn(name, type, values);
    }

    /// <summary>The values in an array of their type; a number already of it is copied as is, anything else converted.</summary>
    private static ColumnValues Pack<T>(RawColumn raw, ColumnType type, string name) where T : struct
    {
        var values = new T[raw.Count];
        NullMask? missing = null;
        for (var i = 0; i < values.Length; i++)
        {
            switch (raw.KindAt(i))
            {
                case RawColumn.Kind.Null: (missing ??= new NullMask(values.Length)).Set(i); break;
                case RawColumn.Kind.Integer when typeof(T) == typeof(long): values[i] = (T)(object)raw.IntegerAt(i); break;
                case RawColumn.Kind.Real when typeof(T) == typeof(double): values[i] = (T)(object)raw.RealAt(i); break;
                default: values[i] = (T)Convert(raw[i], type, name)!; break;
            }
        }
        return ColumnValues.Of(values, missing);
    }

    private static ColumnValues Text(RawColumn raw, string name)
    {
        var values = new object?[raw.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = raw.KindAt(i) == RawColumn.Kind.Null ? null : Convert(raw[i], ColumnType.Text, name);
        return ColumnValues.Of(values);
    }

    private static ColumnType Infer(RawColumn raw)
    {
        bool anyText = false, anyReal = false, anyInteger = false, allDates = true;
        for (var i = 0; i < raw.Count; i++)
        {
            switch (raw.KindAt(i))
            {
                case RawColumn.Kind.Null: continue;
                case RawColumn.Kind.Integer: anyInteger = true; allDates = false; break;
                case RawColumn.Kind.Real: anyReal = true; allDates = false; break;
                default:
                    anyText = true;
                    if (allDates && !(raw[i] is string s && ValueParsing.TryParseDate(s, out _))) allDates = false;
                    break;
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
