namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// Breaks the boxes into pages. One <see cref="PageRun"/> places them in order, meeting choices on the way: a float that
/// fits may wait for the next page's top, a float may pass waiting floats of the other kind, a long table may start
/// before the waiting figures. Each choice met is tried the other way against the best layout so far and kept when the
/// <see cref="LayoutCost"/> (empty page feet, floats far from their references) falls; the choices are gone through
/// twice, in the order met. Deterministic, and at most three passes per choice: the default layout stands unless a
/// choice makes it cheaper.
/// </summary>
public static class Paginator
{
    /// <param name="cancellation">Checked for every box of every pass.</param>
    public static IReadOnlyList<IReadOnlyList<PlacedBox>> Paginate(IReadOnlyList<LayoutBox> boxes, float pageHeight, CancellationToken cancellation = default) =>
        Layout(boxes, pageHeight, cancellation).Pages;

    public static PageRun Layout(IReadOnlyList<LayoutBox> boxes, float pageHeight, CancellationToken cancellation = default)
    {
        var chain = PageRun.Chains(boxes);
        var taken = new HashSet<PageChoice>();
        var best = PageRun.Run(boxes, pageHeight, chain, taken, cancellation);
        if (best.Met.Count == 0) return best;
        var cost = new LayoutCost(boxes);
        var bestCost = cost.Of(best, pageHeight);
        for (var round = 0; round < 2; round++)
        {
            var improved = false;
            foreach (var choice in best.Met.ToArray())
            {
                var trial = new HashSet<PageChoice>(taken);
                if (!trial.Remove(choice)) trial.Add(choice);
                var run = PageRun.Run(boxes, pageHeight, chain, trial, cancellation);
                var trialCost = cost.Of(run, pageHeight);
                if (trialCost >= bestCost - 0.5) continue;
                (best, bestCost, taken, improved) = (run, trialCost, trial, true);
            }
            if (!improved) break;
        }
        return best;
    }
}
