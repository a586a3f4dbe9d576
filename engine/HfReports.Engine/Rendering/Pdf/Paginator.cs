namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A box placed on a page at a vertical offset from the top of the content area.</summary>
public sealed record PlacedBox(LayoutBox Box, float Y);

/// <summary>
/// Places boxes on pages in order. A box that does not fit moves to the next page together with
/// the boxes it must keep with; space never starts a page; a table's header row is repeated on
/// every page the table continues onto; a row taller than a page is split across pages. Anything
/// else taller than a page is an error naming its source. Linear in the number of boxes: each box
/// is placed once, and every split places at least one line, so nothing can loop.
/// </summary>
public static class Paginator
{
    public static IReadOnlyList<IReadOnlyList<PlacedBox>> Paginate(IReadOnlyList<LayoutBox> boxes, float pageHeight)
    {
        var pages = new List<List<PlacedBox>> { new() };
        var y = 0f;
        var fresh = true; // nothing on the page yet but perhaps a repeated table header
        // Height of the keep-with-next chain starting at each index, computed once from the end.
        var chain = new float[boxes.Count + 1];
        for (var i = boxes.Count - 1; i >= 0; i--)
            chain[i] = boxes[i].Height + (boxes[i].KeepWithNext ? chain[i + 1] : 0);

        void Place(LayoutBox box)
        {
            pages[^1].Add(new PlacedBox(box, y));
            y += box.Height;
            fresh = false;
        }

        void NewPage(LayoutBox next)
        {
            pages.Add([]);
            y = 0;
            if (next is TableRowBox { IsHeader: false, Header: { } header })
            {
                pages[^1].Add(new PlacedBox(header, 0));
                y = header.Height;
            }
            fresh = true;
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            if (box.IsDiscardableAtPageTop && (fresh || y + box.Height > pageHeight)) continue;
            var repeatedHeader = box is TableRowBox { IsHeader: false, Header: { } h } ? h.Height : 0;
            // A chain taller than a page cannot be kept together: then only the box itself must fit.
            var needed = chain[i] + repeatedHeader <= pageHeight ? chain[i] : box.Height;
            if (!fresh && y + needed > pageHeight && needed + repeatedHeader <= pageHeight)
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
        return pages.Where(p => p.Count > 0).ToArray();
    }
}
