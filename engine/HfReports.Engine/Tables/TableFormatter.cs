using System.Globalization;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Tables;

/// <summary>Formats a frame's columns for display as the table spec declares them.</summary>
internal static class TableFormatter
{
    /// <summary>More rows than this would be thousands of pages: a mistake, not a table.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Characters a table shows, all cells together: as much as a template may write, so a table's layout
    /// is bounded like prose's (a frame's values may hold hundreds of megabytes).</summary>
    public const int MaxCharacters = 1_000_000;

    public static TableContent Format(TableSpec spec, Frame frame)
    {
        if (frame.RowCount > MaxRows)
            throw new TableException($"the table has {frame.RowCount:N0} rows, more than the {MaxRows:N0} a report table may hold; " +
                "narrow it with top, filter or an aggregate", spec.Location, spec.KeyPath);
        var columns = spec.Columns.Select(c => (Spec: c, Column: frame.Find(c.Field) ?? throw new TableException(
            $"table column '{c.Field}' is not in the frame; it has: {string.Join(", ", frame.ColumnNames)}", c.Location, c.KeyPath))).ToArray();
        var headers = columns.Select(c => new TableHeader(c.Spec.Title, Alignment(c.Spec, c.Column))).ToArray();
        var rows = new List<IReadOnlyList<string>>(frame.RowCount);
        long characters = 0;
        for (var row = 0; row < frame.RowCount; row++)
        {
            var cells = new string[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                cells[c] = Cell(columns[c].Spec, columns[c].Column[row]);
                characters += cells[c].Length;
                if (characters > MaxCharacters)
                    throw new TableException($"the table's cells hold more than the {MaxCharacters:N0} characters a report table may show " +
                        $"(passed at row {row + 1:N0}, column '{columns[c].Spec.Field}'); shorten long text in SQL (substr) or show fewer rows",
                        columns[c].Spec.Location, columns[c].Spec.KeyPath);
            }
            rows.Add(cells);
        }
        return new TableContent(headers, rows);
    }

    private static CellAlignment Alignment(TableColumnSpec spec, FrameColumn column) => spec.Align switch
    {
        ColumnAlign.Right => CellAlignment.Right,
        ColumnAlign.Center => CellAlignment.Center,
        ColumnAlign.Left => column.Type is ColumnType.Integer or ColumnType.Real && spec.Format is not null ? CellAlignment.Right : CellAlignment.Left,
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
internal sealed class TableException(string message, SourceLocation location, string keyPath) : Exception(message)
{
    public SourceLocation Location { get; } = location;
    public string KeyPath { get; } = keyPath;
}
