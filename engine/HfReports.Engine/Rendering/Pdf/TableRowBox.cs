using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// One table row: each cell's wrapped lines inside its column. A body row knows its table's
/// header row so the paginator can repeat the header at the top of a continuation page.
/// </summary>
public sealed class TableRowBox(IReadOnlyList<IReadOnlyList<LineBox>> cells, IReadOnlyList<(float X, float Width)> columns, bool isHeader, float padding) : LayoutBox
{
    public bool IsHeader { get; } = isHeader;
    public TableRowBox? Header { get; init; }

    public override float Height => cells.Max(lines => lines.Sum(l => l.Height)) + 2 * padding;

    public override void Draw(PageContext page, float x, float y, float width)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            var lineY = y + padding;
            foreach (var line in cells[c])
            {
                line.Draw(page, x + columns[c].X, lineY, columns[c].Width);
                lineY += line.Height;
            }
        }
        if (IsHeader)
        {
            using var paint = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.5f, IsAntialias = true };
            page.Canvas.DrawLine(x, y + Height, x + width, y + Height, paint);
        }
    }
}
