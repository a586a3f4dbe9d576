namespace HfReports.Engine.Tables;

public enum CellAlignment
{
    Left,
    Right,
    Center,
}

/// <summary>A formatted table: header titles with their alignment, and rows of display text.</summary>
public sealed record TableContent(IReadOnlyList<TableHeader> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

public sealed record TableHeader(string Title, CellAlignment Alignment);
