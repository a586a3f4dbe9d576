namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// Breaks the boxes into pages. One <see cref="PageRun"/> places them in order, meeting choices on the way: a float that
/// fits may wait for the next page's top, a float may pass waiting floats of the other kind, a long table may start
/// before the waiting figures. Each choice met is tried the other way against the best layout so far and kept when the
/// <see cref="LayoutCost"/> (empty page feet, floats far from their references) falls; when it alone does not, it is
/// tried together with each of the next few choices met after it. The choices are gone through twice, in the order met.
/// Deterministic: the default layout stands unless a choice, or a pair of them, makes it cheaper.
/// </summary>
internal static class Paginator
{
    /// <summary>How many of the choices met after a choice are tried together with it.</summary>
    public const int PairedChoices = 8;

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
                if (trialCost < bestCost - 0.5)
                {
                    (best, bestCost, taken, improved) = (run, trialCost, trial, true);
                    continue;
                }
                // A choice may pay only together with one it leads to (a long table started early moves the floats after
                // it, which another choice then places): each of the next few choices met after it is tried on top of it,
                // once (few, so that the passes stay linear in the number of choices).
                foreach (var next in run.Met.SkipWhile(c => c != choice).Skip(1).Take(PairedChoices).ToArray())
                {
                    var pair = new HashSet<PageChoice>(trial);
                    if (!pair.Remove(next)) pair.Add(next);
                    var pairRun = PageRun.Run(boxes, pageHeight, chain, pair, cancellation);
                    var pairCost = cost.Of(pairRun, pageHeight);
                    if (pairCost >= bestCost - 0.5) continue;
                    (best, bestCost, taken, improved) = (pairRun, pairCost, pair, true);
                    break;
                }
            }
            if (!improved) break;
        }
        return best;
    }
}
