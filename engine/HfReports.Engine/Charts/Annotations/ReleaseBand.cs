using ScottPlot;
using SkiaSharp;

namespace HfReports.Engine.Charts.Annotations;

/// <summary>
/// The labels of vertical reference lines (release dates) in a band above the plot, as a journal figure sets them:
/// upright text in staggered rows, each label as close to its line as the others allow, joined to it by a thin leader;
/// lines closer than a few points share one label. A ScottPlot panel, so the band takes its height from the rows it
/// needs and the plot area shrinks to make room. Labels that fit in no row are left out and reported.
/// </summary>
internal sealed class ReleaseBand(IReadOnlyList<ReleaseBand.Mark> marks, IAxis axis, SKTypeface typeface, float fontSize, float figureWidth) : IPanel
{
    /// <summary>One line's label: where the line stands (x in plot coordinates), its text and colours.</summary>
    public sealed record Mark(double X, string Label, Color TextColor, Color LineColor);

    /// <summary>A label as placed: its text, row (0 nearest the plot), horizontal extent in pixels and the lines it names.</summary>
    private sealed record Placed(string Text, Color Color, int Row, float Left, float Right, float[] Lines);

    public const int MaxRows = 6;
    private const float MergeDistance = 7;
    private const float Gap = 4;

    public bool IsVisible { get; set; } = true;
    public Edge Edge => Edge.Top;
    public bool ShowDebugInformation { get; set; }
    public float MinimumSize { get; set; }
    public float MaximumSize { get; set; } = float.MaxValue;

    private PixelRect? _lastDataRect;

    /// <summary>The labels the last layout could not place (no free row), for the build's warnings.</summary>
    public IReadOnlyList<string> Unplaced { get; private set; } = [];

    private float RowHeight => fontSize * 1.3f;

    public float Measure(Paint paint)
    {
        if (!IsVisible || marks.Count == 0) return 0;
        // Before the first drawing the plot's size is unknown; the figure settles its layout over a few drawings.
        var rows = Layout(_lastDataRect, _lastDataRect is null ? null : axis).Placed.Select(p => p.Row + 1).DefaultIfEmpty(0).Max();
        return rows * RowHeight + fontSize * 0.6f;
    }

    public PixelRect GetPanelRect(PixelRect dataRect, float size, float offset, Paint paint) =>
        new(dataRect.Left, dataRect.Right, dataRect.Top - offset, dataRect.Top - offset - size);

    public void Render(RenderPack rp, float size, float offset)
    {
        _lastDataRect = rp.DataRect;
        var (placed, unplaced) = Layout(rp.DataRect, axis);
        Unplaced = unplaced;
        var bottom = rp.DataRect.Top - offset;
        using var font = new SKFont(typeface, fontSize);
        using var paint = new SKPaint { IsAntialias = true };
        using var leader = new SKPaint { IsAntialias = true, StrokeWidth = 0.4f, Style = SKPaintStyle.Stroke };
        foreach (var label in placed)
        {
            var baseline = bottom - fontSize * 0.45f - label.Row * RowHeight;
            var textBottom = baseline + fontSize * 0.25f;
            foreach (var x in label.Lines)
            {
                leader.Color = new SKColor(label.Color.R, label.Color.G, label.Color.B, 200);
                var top = Math.Clamp(x, label.Left + 1, Math.Max(label.Left + 1, label.Right - 1)); // a label under 2 px wide ("") has no inside
                rp.Canvas.DrawLine(top, textBottom, x, rp.DataRect.Top, leader);
            }
            paint.Color = new SKColor(label.Color.R, label.Color.G, label.Color.B);
            rp.Canvas.DrawText(label.Text, label.Left, baseline, SKTextAlign.Left, font, paint);
        }
    }

    /// <summary>Groups close lines into one label, places each label beside its line, then stacks rows so that no label
    /// overlaps another and no leader runs through a label.</summary>
    private (List<Placed> Placed, List<string> Unplaced) Layout(PixelRect? dataRect, IAxis? axis)
    {
        var rect = dataRect ?? new PixelRect(figureWidth * 0.1f, figureWidth * 0.98f, 300, 0);
        float Pixel(double x) => axis is null ? (float)x : axis.GetPixel(x, rect);
        var points = marks.Select(m => (X: Pixel(m.X), Mark: m)).Where(p => p.X >= rect.Left - 0.5 && p.X <= rect.Right + 0.5 || axis is null)
            .OrderBy(p => p.X).ToList();
        if (axis is null)
        {
            // Before the first render the axis is unknown: spread the marks over the estimated width by their values.
            var lo = marks.Count == 0 ? 0 : marks.Min(m => m.X);
            var hi = marks.Count == 0 ? 1 : marks.Max(m => m.X);
            points = marks.Select(m => (X: hi > lo ? rect.Left + (float)((m.X - lo) / (hi - lo)) * rect.Width : rect.HorizontalCenter, Mark: m))
                .OrderBy(p => p.X).ToList();
        }
        var groups = new List<List<(float X, Mark Mark)>>();
        foreach (var point in points)
        {
            if (groups.Count > 0 && point.X - groups[^1][^1].X < MergeDistance) groups[^1].Add(point);
            else groups.Add([point]);
        }
        using var font = new SKFont(typeface, fontSize);
        var labels = groups.Select(group =>
        {
            var text = string.Join(", ", group.Select(g => g.Mark.Label).Distinct());
            var color = group.Select(g => g.Mark.TextColor).Distinct().Count() == 1 ? group[0].Mark.TextColor : Color.FromHex("#404040");
            return (Text: text, Color: color, Width: font.MeasureText(text), Lines: group.Select(g => g.X).ToArray());
        }).ToArray();
        var allLines = labels.SelectMany((l, i) => l.Lines.Select(x => (X: x, Owner: i))).ToArray();
        // Every label hangs from its date (starts at its line; ends at it where the figure's right edge forces) when that
        // costs at most one row more than fitting each label where it covers the fewest other lines: labels on one side
        // of their lines read as a set. Otherwise each is fitted, so that crowded dates still find rows.
        float[] Lefts(int i) => [labels[i].Lines.Min() - 2, labels[i].Lines.Max() + 2 - labels[i].Width,
            (labels[i].Lines.Min() + labels[i].Lines.Max()) / 2 - labels[i].Width / 2];
        bool Inside(int i, float left) => left >= rect.Left - 2 && left + labels[i].Width <= rect.Right + 2;
        float Clamped(int i) => Math.Clamp(Lefts(i)[0], rect.Left - 2, Math.Max(rect.Left - 2, rect.Right + 2 - labels[i].Width));
        var hanging = Choose(labels, i => Lefts(i)[..2].Where(l => Inside(i, l)).Append(Clamped(i)));
        var fitted = Choose(labels, i => Lefts(i).Where(l => Inside(i, l))
            .OrderBy(l => allLines.Count(p => p.Owner != i && p.X >= l - 1 && p.X <= l + labels[i].Width + 1)).Append(Clamped(i)));
        var (hangingRows, fittedRows) = (Rows(labels, hanging), Rows(labels, fitted));
        var useHanging = hangingRows.DefaultIfEmpty(0).Max() < MaxRows && hangingRows.DefaultIfEmpty(0).Max() <= fittedRows.DefaultIfEmpty(0).Max() + 1;
        var (lefts, rows) = useHanging ? (hanging, hangingRows) : (fitted, fittedRows);
        var spans = labels.Select((label, i) => (Left: lefts[i], Right: lefts[i] + label.Width)).ToArray();
        var placed = new List<Placed>();
        var unplaced = new List<string>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (rows[i] >= MaxRows) unplaced.Add(labels[i].Text);
            else placed.Add(new Placed(labels[i].Text, labels[i].Color, rows[i], spans[i].Left, spans[i].Right, labels[i].Lines));
        }
        return (placed, unplaced);
    }

    /// <summary>Where each label starts, from left to right: the first of its options (in order of preference) that
    /// covers no line of a label before it whose text covers its own line. Two such labels could never be stacked, since
    /// each would have to stand above the other for no leader to cross text; a label with no other option is left out
    /// (NaN), so that it alone is reported and the others keep their rows.</summary>
    private static float[] Choose((string Text, Color Color, float Width, float[] Lines)[] labels, Func<int, IEnumerable<float>> options)
    {
        var lefts = new float[labels.Length];
        for (var i = 0; i < labels.Length; i++)
            lefts[i] = options(i).DefaultIfEmpty(float.NaN).FirstOrDefault(left => !Enumerable.Range(0, i).Any(k =>
                Spans(left, labels[i].Width, labels[k].Lines) && Spans(lefts[k], labels[k].Width, labels[i].Lines)), float.NaN);
        return lefts;
    }

    private static bool Spans(float left, float width, float[] lines) => lines.Any(x => x >= left - 1 && x <= left + width + 1);

    /// <summary>Rows from the bottom for labels starting at the given lefts: a label stands above every label whose line
    /// runs under it (so no leader crosses text), and above a label it would overlap in the same row (the later one
    /// moves up unless the earlier covers its line).</summary>
    private static int[] Rows((string Text, Color Color, float Width, float[] Lines)[] labels, float[] lefts)
    {
        bool Covers(int i, int j) => Spans(lefts[i], labels[i].Width, labels[j].Lines);
        bool Overlaps(int i, int j) => lefts[i] < lefts[j] + labels[j].Width + Gap && lefts[i] + labels[i].Width + Gap > lefts[j];
        var rows = lefts.Select(left => float.IsNaN(left) ? MaxRows : 0).ToArray();
        for (var round = 0; round < 4 * labels.Length + 4; round++)
        {
            var changed = false;
            for (var i = 0; i < labels.Length; i++)
                for (var j = 0; j < labels.Length; j++)
                {
                    if (i == j || float.IsNaN(lefts[i]) || float.IsNaN(lefts[j])) continue;
                    var above = Covers(i, j) || (rows[i] == rows[j] && Overlaps(i, j) && !Covers(j, i) && j < i);
                    if (above && rows[i] <= rows[j] && rows[i] < 64)
                    {
                        rows[i] = rows[j] + 1;
                        changed = true;
                    }
                }
            if (!changed) break;
        }
        return rows;
    }
}
