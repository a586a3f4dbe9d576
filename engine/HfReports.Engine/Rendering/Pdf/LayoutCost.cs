namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// What a reader objects to in a page layout, as one number: the empty space at the foot of every page but the last and
/// those a page break ends (squared, so one large hole costs more than a few small ones: 100 pt costs 100, 200 pt 400),
/// and every page a figure or table stands away from its first reference in the text: <see cref="DriftPage"/> a page. Widows, orphans and lone headings are not scored:
/// the flow's keep-with-next rules forbid them in every layout, and a repeated table header is placed only with a row.
/// </summary>
internal sealed class LayoutCost
{
    /// <summary>What one page between a float and its reference costs, as much as a hole of 71 pt. Closing a hole of
    /// 200 pt (400, what a reader sees at once) pays for up to eight floats a page further from their references, as a
    /// long table started in the hole moves the text after it ahead of the floats waiting.</summary>
    public const double DriftPage = 50;

    private readonly Dictionary<FloatBox, LayoutBox?> referenceOf = [];

    public LayoutCost(IReadOnlyList<LayoutBox> boxes)
    {
        // The first box that links to an anchor of each float (a float nothing links to has no drift: its place in
        // the order of its kind is all the text asks of it).
        var firstLink = new Dictionary<string, LayoutBox>();
        foreach (var box in boxes)
            foreach (var link in Links(box))
                firstLink.TryAdd(link, box);
        foreach (var floating in boxes.OfType<FloatBox>().Where(f => f.Floats))
            referenceOf[floating] = floating.Parts.Select(p => p.Anchor).OfType<string>().Select(a => firstLink.GetValueOrDefault(a)).FirstOrDefault(b => b is not null);
    }

    private static IEnumerable<string> Links(LayoutBox box) => box switch
    {
        LineBox line => line.Words.Select(w => w.Word.Link).OfType<string>().Where(l => l.StartsWith('#')).Select(l => l[1..]),
        TableRowBox row => row.Cells.SelectMany(c => c).SelectMany(Links),
        FloatBox floating => floating.Parts.SelectMany(Links),
        _ => [],
    };

    /// <summary>The empty space at each page's foot (0 for the last page and pages a page break ends), in points.</summary>
    public static IReadOnlyList<float> EmptyAtFoot(PageRun run, float pageHeight) =>
        run.Pages.Select((_, p) => p == run.Pages.Count - 1 || run.BrokenOnPurpose.Contains(p) || IsLandscape(run.Pages[p]) ? 0 : Math.Max(pageHeight - run.Bottoms[p], 0))
            .ToArray();

    private static bool IsLandscape(IReadOnlyList<PlacedBox> page) => page is [{ Box: FloatBox { Landscape: true } }];

    /// <summary>How many pages each float stands from its reference, in the order of the boxes.</summary>
    public IReadOnlyList<int> Drift(PageRun run)
    {
        var pageOf = new Dictionary<LayoutBox, int>(ReferenceEqualityComparer.Instance);
        for (var p = 0; p < run.Pages.Count; p++)
            foreach (var placed in run.Pages[p])
                pageOf.TryAdd(placed.Box, p);
        var drift = new List<int>();
        foreach (var (floating, reference) in referenceOf)
        {
            if (reference is null || !pageOf.TryGetValue(floating, out var at) || !pageOf.TryGetValue(reference, out var from)) continue;
            drift.Add(Math.Abs(at - from));
        }
        return drift;
    }

    public double Of(PageRun run, float pageHeight) =>
        EmptyAtFoot(run, pageHeight).Sum(e => (double)e * e / 100) + DriftPage * Drift(run).Sum();
}
