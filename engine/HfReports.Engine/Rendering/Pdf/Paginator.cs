namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A box placed on a page at a vertical offset from the top of the content area.</summary>
public sealed record PlacedBox(LayoutBox Box, float Y);

/// <summary>
/// Places boxes on pages in order. A box that does not fit moves to the next page together with
/// the boxes it must keep with; space never starts a page; a table's header row is repeated on
/// every page the table continues onto. Linear in the number of boxes.
/// </summary>
public static class Paginator
{
    public static IReadOnlyList<IReadOnlyList<PlacedBox>> Paginate(IReadOnlyList<LayoutBox> boxes, float pageHeight)
    {
        var pages = new List<List<PlacedBox>> { new() };
        var y = 0f;
        // Height of the keep-with-next chain starting at each index, computed once from the end.
        var chain = new float[boxes.Count + 1];
        for (var i = boxes.Count - 1; i >= 0; i--)
            chain[i] = boxes[i].Height + (boxes[i].KeepWithNext ? chain[i + 1] : 0);

        for (var i = 0; i < boxes.Count; i++)
        {
            var box = boxes[i];
            var page = pages[^1];
            if (page.Count == 0 && box.IsDiscardableAtPageTop) continue;
            if (box.Height > pageHeight)
                throw new LayoutException($"{box.Source ?? "an element"} is {box.Height:0} pt tall and can never fit on a page ({pageHeight:0} pt of text height)");
            // A chain taller than a page cannot be kept together: then only the box itself must fit.
            var needed = chain[i] <= pageHeight ? chain[i] : box.Height;
            if (y + needed > pageHeight && page.Count > 0)
            {
                page = [];
                pages.Add(page);
                y = 0;
                if (box.IsDiscardableAtPageTop) continue;
                if (box is TableRowBox { IsHeader: false, Header: { } header })
                {
                    page.Add(new PlacedBox(header, y));
                    y += header.Height;
                }
            }
            page.Add(new PlacedBox(box, y));
            y += box.Height;
        }
        return pages.Where(p => p.Count > 0).ToArray();
    }
}
