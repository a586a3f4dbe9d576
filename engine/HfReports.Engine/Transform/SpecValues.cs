using System.Globalization;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Transform;

/// <summary>Converts a value written in a spec (as YAML typed it) to a column's storage type, so that
/// `gt: 0` compares with a real column and `ge: 2024-01-01` with a date column.</summary>
internal static class SpecValues
{
    public static bool TryConvert(object? value, ColumnType type, out object? converted)
    {
        converted = null;
        if (value is null) return true;
        switch (type)
        {
            case ColumnType.Text:
                converted = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture);
                return true;
            case ColumnType.Integer when value is long:
                converted = value;
                return true;
            case ColumnType.Integer when value is double d && d == Math.Floor(d):
                converted = (long)d;
                return true;
            case ColumnType.Real when value is long or double:
                converted = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            case ColumnType.Date when value is string s && ValueParsing.TryParseDate(s, out var date):
                converted = date;
                return true;
            case ColumnType.Boolean when value is bool:
                converted = value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>How a value is shown in messages and column names.</summary>
    public static string Display(object? value) => value switch
    {
        null => "null",
        DateTime d => ValueParsing.FormatDate(d),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
