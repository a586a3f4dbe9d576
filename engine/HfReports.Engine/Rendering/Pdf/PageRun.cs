namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A box placed on a page at a vertical offset from the top of the content area.</summary>
internal sealed record PlacedBox(LayoutBox Box, float Y);

/// <summary>A place where pages may be broken another way than by default, named by the index of the box it concerns.</summary>
internal sealed record PageChoice(int At, PageChoiceKind Kind);

internal enum PageChoiceKind
{
    /// <summary>A float that fits where it stands waits for the top of the next page instead.</summary>
    Defer,

    /// <summary>A float goes before waiting floats of the other kind (a figure before a table, or the reverse); each
    /// kind keeps its own order, so numbers still run in order.</summary>
    PassOtherKind,

    /// <summary>A long table starts before the figures waiting for a page (the tables waiting go first); the figures
    /// go to the top of the pages it continues on.</summary>
    FiguresWait,
}

/// <summary>
/// One pass that places boxes on pages in order under a set of choices. A box that does not fit moves to the next page
/// together with the boxes it must keep with; space never starts a page; a table's header row is repeated on every page
/// the table continues onto, and only with a row under it; a row taller than a page is split across pages. Floats
/// (figures, short tables) that do not fit wait for the top of the next page while the text after them fills the page,
/// and keep their order; a barrier (page break, references, a long table) places every waiting float first. Anything
/// else taller than a page is an error naming its source. Linear in the number of boxes: each box is placed once, and
/// every split places at least one line. The pass records every choice it met, for <see cref="Paginator"/> to try the
/// other way.
/// </summary>
internal sealed class PageRun
{
    private readonly IReadOnlyList<LayoutBox> boxes;
    private readonly float pageHeight;
    private readonly float[] chain;
    private readonly IReadOnlySet<PageChoice> taken;

    private readonly List<List<PlacedBox>> pages = [[]];
    private readonly List<float> bottoms = [0];
    private readonly HashSet<int> brokenOnPurpose = [];
    private readonly List<PageChoice> met = [];
    private readonly List<(int Index, FloatBox Box)> waiting = [];
    private float y;
    private bool fresh = true; // nothing on the page yet but perhaps a repeated table header
    private float textTop; // where text starts on this page (below the floats placed at its top)
    private PlacedBox? pendingHeader; // a repeated table header with room kept for it, placed with the first row under it

    private PageRun(IReadOnlyList<LayoutBox> boxes, float pageHeight, float[] chain, IReadOnlySet<PageChoice> taken)
    {
        this.boxes = boxes;
        this.pageHeight = pageHeight;
        this.chain = chain;
        this.taken = taken;
    }

    /// <summary>The pages, without empty ones.</summary>
    public IReadOnlyList<IReadOnlyList<PlacedBox>> Pages { get; private set; } = [];

    /// <summary>How far down each page its content reaches (trailing space left out), in the order of <see cref="Pages"/>.</summary>
    public IReadOnlyList<float> Bottoms { get; private set; } = [];

    /// <summary>Pages that end where the spec asks for a new page (page_break), whose empty foot is intended.</summary>
    public IReadOnlySet<int> BrokenOnPurpose { get; private set; } = new HashSet<int>();

    /// <summary>The choices this pass met, each of which could have gone the other way, in the order met.</summary>
    public IReadOnlyList<PageChoice> Met => met;

    /// <summary>Height of the keep-with-next chain starting at each index, computed once from the end. Floats are not
    /// part of a chain: a heading keeps with the text after a figure that floats away.</summary>
    public static float[] Chains(IReadOnlyList<LayoutBox> boxes)
    {
        var chain = new float[boxes.Count + 1];
        var nextChain = 0f;
        for (var i = boxes.Count - 1; i >= 0; i--)
        {
            if (boxes[i] is FloatBox { Floats: true })
            {
                chain[i] = boxes[i].Height;
                continue;
            }
            chain[i] = boxes[i].Height + (boxes[i].KeepWithNext ? nextChain : 0);
            nextChain = chain[i];
        }
        return chain;
    }

    /// <param name="chain">The boxes' <see cref="Chains"/>.</param>
    /// <param name="taken">The choices to take the other way than by default.</param>
    /// <param name="cancellation">Checked for every box.</param>
    public static PageRun Run(IReadOnlyList<LayoutBox> boxes, float pageHeight, float[] chain, IReadOnlySet<PageChoice> taken, CancellationToken cancellation)
    {
        var run = new PageRun(boxes, pageHeight, chain, taken);
        run.PlaceAll(cancellation);
        return run;
    }

    /// <summary>Records the choice as met and says whether it is taken.</summary>
    private bool Offer(int at, PageChoiceKind kind)
    {
        var choice = new PageChoice(at, kind);
        if (!met.Contains(choice)) met.Add(choice);
        return taken.Contains(choice);
    }

    private void Place(LayoutBox box)
    {
        // A repeated header goes on the page only with the row under it: never alone at a page's foot.
        if (pendingHeader is { } header) pages[^1].Add(header);
        pendingHeader = null;
        pages[^1].Add(new PlacedBox(box, y));
        y += box.Height;
        if (box is not SpacerBox) bottoms[^1] = y;
        fresh = false;
    }

    private bool FitsBelow(FloatBox box, float reserve) => !box.Landscape && y + box.Height + reserve <= pageHeight;

    private void Take(int waitingIndex)
    {
        var box = waiting[waitingIndex].Box;
        waiting.RemoveAt(waitingIndex);
        Place(box);
        y += box.SpaceAfter;
    }

    /// <summary>The waiting floats that fit go to the top of a new page, in order, leaving room for the box that starts
    /// the page's text (and the table header repeated above it). Where the next one does not fit, the first waiting
    /// float of the other kind may go before it, if that choice is taken.</summary>
    private void PlaceWaitingFloats(float reserve)
    {
        while (waiting.Count > 0)
        {
            var head = waiting[0].Box;
            if (head.Landscape) break;
            if (FitsBelow(head, reserve))
            {
                Take(0);
                continue;
            }
            var other = waiting.FindIndex(w => w.Box.IsTable != head.IsTable);
            if (other < 0 || !FitsBelow(waiting[other].Box, reserve) || !Offer(waiting[other].Index, PageChoiceKind.PassOtherKind)) break;
            Take(other);
        }
        textTop = y;
    }

    private void NewPage(LayoutBox? next)
    {
        pages.Add([]);
        bottoms.Add(0);
        y = 0;
        fresh = true;
        pendingHeader = null;
        if (waiting.Count > 0 && waiting[0].Box.Landscape)
        {
            // A landscape float has its page to itself; the text goes on on the page after it.
            Place(waiting[0].Box);
            waiting.RemoveAt(0);
            NewPage(next);
            return;
        }
        var header = next is TableRowBox { IsHeader: false, Header: { } h } ? h : null;
        var reserve = next is null ? 0 : Math.Min(next.Height + (header?.Height ?? 0), pageHeight);
        // Floats that leave no room for that box would push it on again: at least the first always goes.
        if (waiting.Count > 0 && !waiting[0].Box.Landscape && waiting[0].Box.Height + reserve > pageHeight) reserve = 0;
        PlaceWaitingFloats(reserve);
        if (header is not null)
        {
            pendingHeader = new PlacedBox(header, y);
            y += header.Height;
        }
    }

    /// <summary>The float's space above it here: none at the top of a page or right below the floats placed there.</summary>
    private float SpaceAbove(FloatBox box) => fresh || y <= textTop ? 0 : box.SpaceBefore;

    private void PlaceFloat(FloatBox box, int index)
    {
        if (box.Landscape)
        {
            waiting.Add((index, box));
            return;
        }
        if (box.Height > pageHeight)
            throw new LayoutException($"{box.Source ?? "an element"} is {box.Height:0} pt tall and can never fit on a page " +
                                      $"({pageHeight:0} pt of text height); make it smaller in the spec");
        if (box.OpensSection)
        {
            // It opens its section: the floats of the sections before it go first, and it never waits while what
            // follows it (a later section) fills the page.
            while (waiting.Count > 0) NewPage(null);
            if (!fresh && y + SpaceAbove(box) + box.Height > pageHeight) NewPage(box);
        }
        var before = SpaceAbove(box);
        var fits = y + before + box.Height <= pageHeight;
        // Here only when nothing of its kind waits (its number would come too early) and, if floats of the other kind
        // wait, when it may pass them; and not when it is chosen to wait for the next page's top all the same.
        var here = fits && (waiting.Count == 0 || (waiting.All(w => w.Box.IsTable != box.IsTable && !w.Box.Landscape) && Offer(index, PageChoiceKind.PassOtherKind)));
        if (here && (box.OpensSection || !Offer(index, PageChoiceKind.Defer)))
        {
            y += before;
            Place(box);
            y = Math.Min(y + box.SpaceAfter, pageHeight);
        }
        else waiting.Add((index, box));
    }

    private void PlaceAll(CancellationToken cancellation)
    {
        for (var i = 0; i < boxes.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var box = boxes[i];
            if (box is FloatBox { Floats: true } floating)
            {
                PlaceFloat(floating, i);
                continue;
            }
            if (box is FloatBarrierBox barrier)
            {
                // Before a long table only the waiting tables must go first (their numbers come before its own), if the
                // figures are chosen to wait.
                var figuresWait = barrier.BeforeLongTable && waiting.Any(w => !w.Box.IsTable) && Offer(i, PageChoiceKind.FiguresWait);
                while (figuresWait ? waiting.Any(w => w.Box.IsTable) : waiting.Count > 0) NewPage(null);
                if (barrier.BreakPage && !fresh)
                {
                    brokenOnPurpose.Add(pages.Count - 1);
                    NewPage(null);
                }
                continue;
            }
            if (box.IsDiscardableAtPageTop && (fresh || y <= textTop || y + box.Height > pageHeight)) continue;
            var repeatedHeader = box is TableRowBox { IsHeader: false, Header: { } h } ? h.Height : 0;
            // A chain taller than a page cannot be kept together: then only the box itself must fit.
            var needed = chain[i] + repeatedHeader <= pageHeight ? chain[i] : box.Height;
            // (Again when the new page starts with floats and the chain does not fit below them.)
            while (!fresh && y + needed > pageHeight && needed + repeatedHeader <= pageHeight)
                NewPage(box);

            var current = box;
            while (y + current.Height > pageHeight)
            {
                var fitsEmptyPage = current.Height + repeatedHeader <= pageHeight;
                var parts = fitsEmptyPage && !fresh ? null : current.Split(pageHeight - y);
                if (parts is { } split)
                {
                    Place(split.Head);
                    // The floats at the new page's top leave room for the part that goes on, not for the whole row.
                    NewPage(split.Tail);
                    current = split.Tail;
                }
                else if (!fresh)
                {
                    NewPage(current);
                }
                else
                {
                    throw new LayoutException($"{current.Source ?? "an element"} is {current.Height:0} pt tall and can never fit on a page " +
                                              $"({pageHeight - y:0} pt of text height); make it smaller in the spec");
                }
            }
            Place(current);
        }
        while (waiting.Count > 0) NewPage(null);

        var kept = Enumerable.Range(0, pages.Count).Where(p => pages[p].Count > 0).ToArray();
        Pages = kept.Select(p => (IReadOnlyList<PlacedBox>)pages[p]).ToArray();
        Bottoms = kept.Select(p => bottoms[p]).ToArray();
        BrokenOnPurpose = kept.Select((p, i) => (p, i)).Where(x => brokenOnPurpose.Contains(x.p)).Select(x => x.i).ToHashSet();
    }
}
