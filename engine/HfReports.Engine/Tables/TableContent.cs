namespace HfReports.Engine.Tables;

internal enum CellAlignment
{
    Left,
    Right,
    Center,
}

/// <summary>A formatted table: header titles with their alignment, and rows of display text.</summary>
internal sealed record TableContent(IReadOnlyList<TableHeader> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

internal sealed record TableHeader(string Title, CellAlignment Alignment);
