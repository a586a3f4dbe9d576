using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// One table row: each cell's wrapped lines inside its column. A body row knows its table's
/// header row so the paginator can repeat the header at the top of a continuation page. The
/// header row draws the table's top rule and the rule under the header, both as wide as the table.
/// A row taller than a page splits between lines of its cells.
/// </summary>
internal sealed class TableRowBox(IReadOnlyList<IReadOnlyList<LineBox>> cells, TableGeometry table, bool isHeader) : LayoutBox
{
    public const float TopRule = 0.8f;
    public const float HeaderRule = 0.5f;

    public bool IsHeader { get; } = isHeader;
    public TableRowBox? Header { get; init; }
    public IReadOnlyList<IReadOnlyList<LineBox>> Cells { get; } = cells;

    private float RulesHeight => IsHeader ? TopRule + 1 : 0;

    public override float Height => Cells.Max(lines => lines.Sum(l => l.Height)) + 2 * table.Padding + RulesHeight;

    public override (LayoutBox Head, LayoutBox Tail)? Split(float height)
    {
        if (IsHeader) return null;
        var room = height - 2 * table.Padding;
        var heads = new List<IReadOnlyList<LineBox>>();
        var tails = new List<IReadOnlyList<LineBox>>();
        foreach (var lines in Cells)
        {
            var used = 0f;
            var count = 0;
            while (count < lines.Count && used + lines[count].Height <= room) used += lines[count++].Height;
            heads.Add(lines.Take(count).ToArray());
            tails.Add(lines.Skip(count).ToArray());
        }
        if (heads.All(h => h.Count == 0) || tails.All(t => t.Count == 0)) return null;
        return (Part(heads), Part(tails));
    }

    private TableRowBox Part(IReadOnlyList<IReadOnlyList<LineBox>> cells) =>
        new(cells, table, IsHeader) { Header = Header, Source = Source };

    public override void Draw(PageContext page, float x, float y, float width)
    {
        var left = x + table.Left;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        if (IsHeader)
        {
            paint.StrokeWidth = TopRule;
            page.Canvas.DrawLine(left, y + TopRule / 2, left + table.Width, y + TopRule / 2, paint);
            y += RulesHeight;
        }
        for (var c = 0; c < Cells.Count; c++)
        {
            var lineY = y + table.Padding;
            foreach (var line in Cells[c])
            {
                line.Draw(page, left + table.Columns[c].X, lineY, table.Columns[c].Width);
                lineY += line.Height;
            }
        }
        if (IsHeader)
        {
            paint.StrokeWidth = HeaderRule;
            var bottom = y + Height - RulesHeight;
            page.Canvas.DrawLine(left, bottom, left + table.Width, bottom, paint);
        }
    }
}
