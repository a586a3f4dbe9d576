using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace HfReports.Tests.Support;

/// <summary>
/// The words of a PDF page as boxes along their own baseline (so turned tick labels and rotated text are boxed as
/// drawn, not by their axis-aligned hull), and the two checks every page must pass: no two words' boxes overlap
/// (beyond a hair's breadth of shared glyph edge) and no word lies outside a given rectangle.
/// </summary>
public static class WordBoxes
{
    /// <summary>How much two boxes may share, in points, before they overlap: glyph boxes of neighbouring lines touch.</summary>
    public const double Slack = 0.3;

    public sealed record Box(string Text, PdfPoint[] Corners)
    {
        public double Left => Corners.Min(p => p.X);
        public double Right => Corners.Max(p => p.X);
        public double Bottom => Corners.Min(p => p.Y);
        public double Top => Corners.Max(p => p.Y);
        public override string ToString() => $"'{Text}' [{Left:0.#}, {Bottom:0.#}, {Right:0.#}, {Top:0.#}]";
    }

    /// <summary>Words as PdfPig's nearest-neighbour extractor groups letters (it follows each letter's direction).</summary>
    public static IReadOnlyList<Box> Of(Page page) =>
        page.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(Oriented).ToArray();

    /// <summary>Every pair of overlapping words on the page, described for an assertion message.</summary>
    public static IReadOnlyList<string> Overlaps(Page page)
    {
        var words = Of(page);
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
                if (Overlap(words[i].Corners, words[j].Corners))
                    found.Add($"page {page.Number}: {words[i]} overlaps {words[j]}");
        return found;
    }

    /// <summary>Words reaching outside the rectangle (PDF coordinates, origin bottom left).</summary>
    public static IReadOnlyList<string> Outside(Page page, double left, double bottom, double right, double top) =>
        Of(page).Where(w => w.Left < left - Slack || w.Right > right + Slack || w.Bottom < bottom - Slack || w.Top > top + Slack)
            .Select(w => $"page {page.Number}: {w} lies outside [{left:0.#}, {bottom:0.#}, {right:0.#}, {top:0.#}]").ToArray();

    public static IReadOnlyList<string> OverlapsIn(string pdfPath)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        return pdf.GetPages().SelectMany(Overlaps).ToArray();
    }

    private static Box Oriented(Word word)
    {
        var first = word.Letters[0];
        var (dx, dy) = (first.EndBaseLine.X - first.StartBaseLine.X, first.EndBaseLine.Y - first.StartBaseLine.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        var (ux, uy) = length < 1e-6 ? (1.0, 0.0) : (dx / length, dy / length);
        var (nx, ny) = (-uy, ux);
        var corners = word.Letters.SelectMany(l => new[] { l.BoundingBox.BottomLeft, l.BoundingBox.BottomRight, l.BoundingBox.TopLeft, l.BoundingBox.TopRight }).ToArray();
        var along = corners.Select(p => p.X * ux + p.Y * uy).ToArray();
        var across = corners.Select(p => p.X * nx + p.Y * ny).ToArray();
        PdfPoint At(double u, double n) => new(u * ux + n * nx, u * uy + n * ny);
        var (u0, u1, n0, n1) = (along.Min(), along.Max(), across.Min(), across.Max());
        return new Box(word.Text, [At(u0, n0), At(u1, n0), At(u1, n1), At(u0, n1)]);
    }

    /// <summary>Separating-axis test of two convex quadrilaterals: they overlap when no edge direction separates them
    /// by more than <see cref="Slack"/>.</summary>
    public static bool Overlap(PdfPoint[] a, PdfPoint[] b)
    {
        foreach (var polygon in new[] { a, b })
            for (var i = 0; i < polygon.Length; i++)
            {
                var (p, q) = (polygon[i], polygon[(i + 1) % polygon.Length]);
                var (ax, ay) = (-(q.Y - p.Y), q.X - p.X);
                var length = Math.Sqrt(ax * ax + ay * ay);
                if (length < 1e-9) continue;
                (ax, ay) = (ax / length, ay / length);
                var onA = a.Select(v => v.X * ax + v.Y * ay).ToArray();
                var onB = b.Select(v => v.X * ax + v.Y * ay).ToArray();
                if (Math.Min(onA.Max(), onB.Max()) - Math.Max(onA.Min(), onB.Min()) <= Slack) return false;
            }
        return true;
    }
}
