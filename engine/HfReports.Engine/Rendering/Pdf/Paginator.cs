namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A box placed on a page at a vertical offset from the top of the content area.</summary>
public sealed record PlacedBox(LayoutBox Box, float Y);

/// <summary>
/// Places boxes on pages in order. A box that does not fit moves to the next page together with
/// the boxes it must keep with; space never starts a page; a table's header row is repeated on
/// every page the table continues onto; a row taller than a page is split across pages. Floats
/// (figures, short tables) that do not fit wait for the top of the next page while the text after
/// them fills the page, and keep their order; a barrier (page break, references) places every
/// waiting float first. Anything else taller than a page is an error naming its source. Linear in
/// the number of boxes: each box is placed once, and every split places at least one line.
/// </summary>
public static class Paginator
{
    /// <param name="cancellation">Checked for every box.</param>
    public static IReadOnlyList<IReadOnlyList<PlacedBox>> Paginate(IReadOnlyList<LayoutBox> boxes, float pageHeight, CancellationToken cancellation = default)
    {
        var pages = new List<List<PlacedBox>> { new() };
        var y = 0f;
        var fresh = true; // nothing on the page yet but perhaps a repeated table header
        var textTop = 0f; // where text starts on this page (below the floats placed at its top)
        var waiting = new Queue<FloatBox>();

        // Height of the keep-with-next chain starting at each index, computed once from the end.
        // Floats are not part of a chain: a heading keeps with the text after a figure that floats away.
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

        void Place(LayoutBox box)
        {
            pages[^1].Add(new PlacedBox(box, y));
            y += box.Height;
            fresh = false;
        }

        // The waiting floats that fit go to the top of a new page, in order, leaving room for the
        // box that starts the page's text (and the table header repeated above it).
        void PlaceWaitingFloats(float reserve)
        {
            while (waiting.Count > 0 && !waiting.Peek().Landscape && y + waiting.Peek().Height + reserve <= pageHeight)
            {
                var box = waiting.Dequeue();
                Place(box);
                y += box.SpaceAfter;
            }
            textTop = y;
        }

        void NewPage(LayoutBox? next)
        {
            pages.Add([]);
            y = 0;
            fresh = true;
            if (waiting.Count > 0 && waiting.Peek().Landscape)
            {
                // A landscape float has its page to itself; the text goes on on the page after it.
                Place(waiting.Dequeue());
                NewPage(next);
                return;
            }
            var header = next is TableRowBox { IsHeader: false, Header: { } h } ? h : null;
            var reserve = next is null ? 0 : Math.Min(next.Height + (header?.Height ?? 0), pageHeight);
            // Floats that leave no room for that box would push it on again: at least the first always goes.
            if (waiting.Count > 0 && !waiting.Peek().Landscape && waiting.Peek().Height + reserve > pageHeight) reserve = 0;
            PlaceWaitingFloats(reserve);
            if (header is not null)
            {
                pages[^1].Add(new PlacedBox(header, y));
                y += header.Height;
            }
        }

        void PlaceFloat(FloatBox box)
        {
            if (box.Landscape)
            {
                waiting.Enqueue(box);
                return;
            }
            if (box.Height > pageHeight)
                throw new LayoutException($"{box.Source ?? "an element"} is {box.Height:0} pt tall and can never fit on a page " +
                                          $"({pageHeight:0} pt of text height); make it smaller in the spec");
            var before = fresh || y <= textTop ? 0 : box.SpaceBefore;
            if (waiting.Count == 0 && y + before + box.Height <= pageHeight)
            {
                y += before;
                Place(box);
                y = Math.Min(y + box.SpaceAfter, pageHeight);
            }
            else waiting.Enqueue(box);
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var box = boxes[i];
            if (box is FloatBox { Floats: true } floating)
            {
                PlaceFloat(floating);
                continue;
            }
            if (box is FloatBarrierBox barrier)
            {
                while (waiting.Count > 0) NewPage(null);
                if (barrier.BreakPage && !fresh) NewPage(null);
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
                    NewPage(current);
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
        return pages.Where(p => p.Count > 0).ToArray();
    }
}
