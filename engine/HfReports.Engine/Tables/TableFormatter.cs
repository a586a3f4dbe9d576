using System.Globalization;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Tables;

/// <summary>Formats a frame's columns for display as the table spec declares them.</summary>
public static class TableFormatter
{
    /// <summary>More rows than this would be thousands of pages: a mistake, not a table.</summary>
    public const int MaxRows = 10_000;

    public static TableContent Format(TableSpec spec, Frame frame)
    {
        if (frame.RowCount > MaxRows)
            throw new TableException($"the table has {frame.RowCount:N0} rows, more than the {MaxRows:N0} a report table may hold; " +
                "narrow it with top, filter or an aggregate", spec.Location, spec.KeyPath);
        var columns = spec.Columns.Select(c => (Spec: c, Column: frame.Find(c.Field) ?? throw new TableException(
            $"table column '{c.Field}' is not in the frame; it has: {string.Join(", ", frame.ColumnNames)}", c.Location, c.KeyPath))).ToArray();
        var headers = columns.Select(c => new TableHeader(c.Spec.Title, Alignment(c.Spec, c.Column))).ToArray();
        var rows = new List<IReadOnlyList<string>>(frame.RowCount);
        for (var row = 0; row < frame.RowCount; row++)
            rows.Add(columns.Select(c => Cell(c.Spec, c.Column[row])).ToArray());
        return new TableContent(headers, rows);
    }

    private static CellAlignment Alignment(TableColumnSpec spec, FrameColumn column) => spec.Align switch
    {
        "right" => CellAlignment.Right,
        "center" => CellAlignment.Center,
        _ when column.Type is ColumnType.Integer or ColumnType.Real && spec.Align == "left" && spec.Format is not null => CellAlignment.Right,
        _ => CellAlignment.Left,
    };

    private static string Cell(TableColumnSpec spec, object? value)
    {
        try
        {
            return FormatValue(value, spec.Format);
        }
        catch (FormatException)
        {
            throw new TableException($"the format '{spec.Format}' of column '{spec.Field}' cannot format the value '{FormatValue(value, null)}'",
                spec.Location, spec.KeyPath);
        }
    }

    public static string FormatValue(object? value, string? format) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "NaN",
        double d => d.ToString(format ?? "0.##", CultureInfo.InvariantCulture),
        long l => l.ToString(format ?? "0", CultureInfo.InvariantCulture),
        DateTime t => format is null ? ValueParsing.FormatDate(t) : t.ToString(format, CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>A table cannot be formatted from its frame; carries the column's spec location.</summary>
public sealed class TableException(string message, SourceLocation location, string keyPath) : Exception(message)
{
    public SourceLocation Location { get; } = location;
    public string KeyPath { get; } = keyPath;
}
