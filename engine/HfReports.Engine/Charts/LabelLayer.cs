using ScottPlot;
using SkiaSharp;

namespace HfReports.Engine.Charts;

/// <summary>
/// Text labels at data points placed the way ggrepel places them: each label tries positions around its point (above,
/// right, left, below, the diagonals, then further out with a thin leader back to the point) and takes the first that
/// stays inside the plot and overlaps no label placed before it, no other mark (points, bars) and no drawn line (series
/// lines, steps, trends, reference lines, the leaders of labels placed before it); a leader crosses no label, no
/// other leader and no drawn line (a line's name in the line's colour may cross other lines). Placement runs at draw time, in the plot's own pixels, so it is exact for the size the figure is drawn
/// at. Labels that find no free position are left out and reported.
/// </summary>
internal sealed class LabelLayer(SKTypeface typeface, float fontSize, bool beside, int most) : IPlottable
{
    /// <summary>A label for the point (x, y) in plot coordinates; <paramref name="Color"/> already meets 4.5:1;
    /// <paramref name="SeriesBest"/>: the highest labelled point of its series; <paramref name="NamesSeries"/>: a line's
    /// name at its end, in the line's colour, which tells what it names, so its leader may cross other series' lines
    /// (never a label or another leader).</summary>
    public sealed record Label(double X, double Y, string Text, Color Color, bool SeriesBest = false, bool NamesSeries = false);

    /// <summary>Text drawn elsewhere (annotations), anchored at (x, y) in plot coordinates as its alignment says.</summary>
    public sealed record FixedText(double X, double Y, string Text, float Size, Alignment Align);

    public List<Label> Labels { get; } = [];

    /// <summary>Marks labels must not cover, in plot coordinates: points (zero-size boxes) and bars.</summary>
    public List<CoordinateRect> Obstacles { get; } = [];

    /// <summary>Lines drawn on the plot (polylines in plot coordinates) that labels must not cross.</summary>
    public List<Coordinates[]> Lines { get; } = [];

    /// <summary>Text drawn elsewhere, anchored at (x, y) in plot coordinates as its alignment says, that labels must not cover.</summary>
    public List<FixedText> FixedTexts { get; } = [];

    public bool IsVisible { get; set; } = true;
    public IAxes Axes { get; set; } = new ScottPlot.Axes();
    public IEnumerable<LegendItem> LegendItems => [];
    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    /// <summary>The labels the last drawing could not place.</summary>
    public IReadOnlyList<string> Unplaced { get; private set; } = [];

    private const float PointRadius = 2.5f;

    public void Render(RenderPack rp)
    {
        using var font = new SKFont(typeface, fontSize);
        using var paint = new SKPaint { IsAntialias = true };
        using var leader = new SKPaint { IsAntialias = true, StrokeWidth = 0.4f, Style = SKPaintStyle.Stroke, Color = new SKColor(90, 90, 90) };
        var area = rp.DataRect;
        var obstacles = Obstacles.Select(o =>
        {
            var a = Axes.GetPixel(new Coordinates(o.Left, o.Bottom));
            var b = Axes.GetPixel(new Coordinates(o.Right, o.Top));
            var pad = o.Width == 0 && o.Height == 0 ? PointRadius : 0.3f;
            return new SKRect(Math.Min(a.X, b.X) - pad, Math.Min(a.Y, b.Y) - pad, Math.Max(a.X, b.X) + pad, Math.Max(a.Y, b.Y) + pad);
        }).ToList();
        var placed = FixedTexts.Select(t =>
        {
            var at = Axes.GetPixel(new Coordinates(t.X, t.Y));
            var width = LabelText.Width(typeface, t.Size, t.Text);
            var height = t.Size * 1.2f;
            var left = t.Align is Alignment.LowerRight or Alignment.UpperRight ? at.X - width
                : t.Align is Alignment.LowerLeft or Alignment.UpperLeft ? at.X : at.X - width / 2;
            var top = t.Align is Alignment.LowerLeft or Alignment.LowerCenter or Alignment.LowerRight ? at.Y - height - 1
                : t.Align is Alignment.UpperLeft or Alignment.UpperCenter or Alignment.UpperRight ? at.Y : at.Y - height / 2;
            // Where the annotation's keeper moves it, inside the plot.
            var (dx, dy) = Annotations.KeepInsidePlot.Shift(new PixelRect(left, left + width, top + height, top), area);
            return new SKRect(left + dx, top + dy, left + width + dx, top + height + dy);
        }).ToList();
        // Half the widest line's stroke plus a hair: a label may come close to a line but not touch it.
        const float linePad = 1.2f;
        var segments = new List<(SKPoint A, SKPoint B)>();
        foreach (var line in Lines)
        {
            var pixels = line.Select(c => Axes.GetPixel(c)).Select(p => new SKPoint(p.X, p.Y)).ToArray();
            for (var i = 1; i < pixels.Length; i++) segments.Add((pixels[i - 1], pixels[i]));
        }
        var leaders = new List<(SKPoint A, SKPoint B)>();
        var unplaced = new List<string>();
        var labelled = 0;
        var ascent = fontSize * 0.78f;
        var descent = fontSize * 0.22f;
        foreach (var label in Labels)
        {
            var anchor = Axes.GetPixel(new Coordinates(label.X, label.Y));
            if (!area.Contains(anchor)) continue;
            if (labelled >= most)
            {
                unplaced.Add(label.Text);
                continue;
            }
            var width = font.MeasureText(label.Text);
            SKRect? chosen = null;
            foreach (var box in Candidates(anchor, width, ascent + descent, far: label.SeriesBest))
            {
                if (box.Left < area.Left || box.Right > area.Right || box.Top < area.Top || box.Bottom > area.Bottom) continue;
                if (placed.Any(p => p.IntersectsWith(box))) continue;
                // The label's own point or bar (the marks its anchor lies on) may be touched; no other mark may.
                if (obstacles.Any(o => o.IntersectsWith(box) && !Holds(o, anchor))) continue;
                var padded = SKRect.Inflate(box, linePad, linePad);
                if (segments.Any(s => Crosses(padded, s.A, s.B))) continue;
                // A leader from afar must not cross a label placed before it, nor a drawn line: another label's leader
                // (two leaders that cross leave the reader unsure which label names which point) or a series' line,
                // which it would seem to point at. Lines through its own point only touch it there.
                if (Distance(box, anchor) > 6)
                {
                    var (from, to) = (new SKPoint(anchor.X, anchor.Y), Nearest(box, anchor));
                    if (placed.Any(p => Crosses(p, from, to)) || (label.NamesSeries ? leaders : segments).Any(l => SegmentsCross(l.A, l.B, from, to))) continue;
                }
                chosen = box;
                break;
            }
            if (chosen is not { } at)
            {
                unplaced.Add(label.Text);
                continue;
            }
            placed.Add(at);
            labelled++;
            var distance = Distance(at, anchor);
            if (distance > 6)
            {
                var end = Nearest(at, anchor);
                rp.Canvas.DrawLine(anchor.X, anchor.Y, end.X, end.Y, leader);
                segments.Add((new SKPoint(anchor.X, anchor.Y), end));
                leaders.Add((new SKPoint(anchor.X, anchor.Y), end));
            }
            paint.Color = new SKColor(label.Color.R, label.Color.G, label.Color.B);
            rp.Canvas.DrawText(label.Text, at.Left, at.Bottom - descent, SKTextAlign.Left, font, paint);
        }
        Unplaced = unplaced;
    }

    private static bool Holds(SKRect mark, Pixel anchor) =>
        anchor.X >= mark.Left - 0.5 && anchor.X <= mark.Right + 0.5 && anchor.Y >= mark.Top - 0.5 && anchor.Y <= mark.Bottom + 0.5;

    /// <summary>Boxes around the anchor, nearest first: the preferred side, the other sides, above and below shifted to
    /// start or end at the anchor, the diagonals, then the same further out; a series' best (<paramref name="far"/>) may
    /// go further, with a longer leader, where other labels are left out rather than drawn far from their points.</summary>
    private IEnumerable<SKRect> Candidates(Pixel anchor, float width, float height, bool far)
    {
        const float gap = 2;
        foreach (var step in far ? [1f, 2.5f, 4.5f, 7f, 10f, 14f, 19f, 25f] : new[] { 1f, 2.5f, 4.5f, 7f, 10f })
        {
            var d = gap + (step - 1) * height;
            var above = new SKRect(anchor.X - width / 2, anchor.Y - d - height, anchor.X + width / 2, anchor.Y - d);
            var right = new SKRect(anchor.X + d + 1, anchor.Y - height / 2, anchor.X + d + 1 + width, anchor.Y + height / 2);
            var left = new SKRect(anchor.X - d - 1 - width, anchor.Y - height / 2, anchor.X - d - 1, anchor.Y + height / 2);
            var below = new SKRect(anchor.X - width / 2, anchor.Y + d, anchor.X + width / 2, anchor.Y + d + height);
            var upRight = new SKRect(anchor.X + d, anchor.Y - d - height, anchor.X + d + width, anchor.Y - d);
            var upLeft = new SKRect(anchor.X - d - width, anchor.Y - d - height, anchor.X - d, anchor.Y - d);
            var downRight = new SKRect(anchor.X + d, anchor.Y + d, anchor.X + d + width, anchor.Y + d + height);
            var downLeft = new SKRect(anchor.X - d - width, anchor.Y + d, anchor.X - d, anchor.Y + d + height);
            // Above and below, also starting or ending at the anchor: room between lines that run close together.
            var aboveStart = new SKRect(anchor.X, above.Top, anchor.X + width, above.Bottom);
            var aboveEnd = new SKRect(anchor.X - width, above.Top, anchor.X, above.Bottom);
            var belowStart = new SKRect(anchor.X, below.Top, anchor.X + width, below.Bottom);
            var belowEnd = new SKRect(anchor.X - width, below.Top, anchor.X, below.Bottom);
            IEnumerable<SKRect> ring = beside
                ? [right, upRight, downRight, above, below, left]
                : [above, right, left, below, aboveStart, aboveEnd, belowStart, belowEnd, upRight, upLeft, downRight, downLeft];
            foreach (var box in ring) yield return box;
        }
    }

    /// <summary>Whether the segment from a to b passes through the rectangle (Liang-Barsky clipping: the part of the
    /// segment inside each of the four edges' half-planes, intersected, is not empty).</summary>
    public static bool Crosses(SKRect r, SKPoint a, SKPoint b)
    {
        var (enter, leave) = (0f, 1f);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        foreach (var (p, q) in new[] { (-dx, a.X - r.Left), (dx, r.Right - a.X), (-dy, a.Y - r.Top), (dy, r.Bottom - a.Y) })
        {
            if (p == 0)
            {
                if (q < 0) return false; // parallel to this edge and outside it
                continue;
            }
            var t = q / p;
            if (p < 0) enter = Math.Max(enter, t);
            else leave = Math.Min(leave, t);
            if (enter > leave) return false;
        }
        return true;
    }

    /// <summary>Whether the segments a-b and c-d cross at a point inside both (each one's ends lie strictly on either side
    /// of the other's line); segments that only touch, or run along one line, do not cross.</summary>
    public static bool SegmentsCross(SKPoint a, SKPoint b, SKPoint c, SKPoint d)
    {
        static float Side(SKPoint p, SKPoint q, SKPoint r) => (q.X - p.X) * (r.Y - p.Y) - (q.Y - p.Y) * (r.X - p.X);
        return Side(a, b, c) * Side(a, b, d) < 0 && Side(c, d, a) * Side(c, d, b) < 0;
    }

    private static SKPoint Nearest(SKRect box, Pixel p) => new(Math.Clamp(p.X, box.Left, box.Right), Math.Clamp(p.Y, box.Top, box.Bottom));

    private static float Distance(SKRect box, Pixel p)
    {
        var n = Nearest(box, p);
        return MathF.Sqrt((n.X - p.X) * (n.X - p.X) + (n.Y - p.Y) * (n.Y - p.Y));
    }
}
