using HfReports.Engine.Document;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>Typesets the document tree into the ordered list of boxes the paginator places.</summary>
internal sealed class DocumentFlow
{
    private readonly PdfStyles styles;
    private readonly TextMeasurer measurer;
    private float width; // the text width; a landscape block is set to the page's height while it is typeset
    private readonly LineBreaker _breaker;
    private readonly List<LayoutBox> _boxes = [];
    private readonly List<string> _warnings = [];
    private string _where = "the title block";

    // A section that holds only figures and tables keeps its heading with its first one (a heading alone at a
    // page's foot above nothing); the text of the sections after it waits until that float is placed, so that
    // no text comes before the heading it follows.
    private int? _headingToFloat; // where the heading lines waiting for the section's first float start
    private bool _floatLedSectionOpen;

    private readonly float pageHeight;

    private readonly CancellationToken cancellation;

    /// <param name="cancellation">Checked for every block and, through the line breaker, every word.</param>
    public DocumentFlow(PdfStyles styles, TextMeasurer measurer, float width, float pageHeight = float.MaxValue, CancellationToken cancellation = default)
    {
        this.cancellation = cancellation;
        this.styles = styles;
        this.measurer = measurer;
        this.width = width;
        this.pageHeight = pageHeight;
        _breaker = new LineBreaker(measurer) { MissingGlyphs = MissingGlyphs, Hyphenator = Hyphenator.English, Cancellation = cancellation };
    }

    /// <summary>Characters no installed font can draw, each named with the element it stands in.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    private void MissingGlyphs(IReadOnlyList<System.Text.Rune> runes)
    {
        foreach (var rune in runes)
        {
            var warning = $"the character '{rune}' (U+{rune.Value:X4}) in {_where} has no glyph in any installed font; it prints as an empty box";
            if (!_warnings.Contains(warning)) _warnings.Add(warning);
        }
    }

    public IReadOnlyList<LayoutBox> Build(ReportDocument document)
    {
        TitleBlock(document.Title);
        foreach (var section in document.AllSections) Section(section);
        References(document.References);
        return _boxes;
    }

    private void TitleBlock(TitleBlock title)
    {
        Lines(RichPlain(title.Title), _ => styles.Title, LineAlign.Center);
        if (title.Subtitle is not null) Lines(RichPlain(title.Subtitle), _ => styles.Subtitle, LineAlign.Center);
        Space(styles.BlockGap);
        if (title.Authors is not null) Lines(title.Authors, styles.Body, LineAlign.Center);
        // Affiliations in italics, their numbers upright.
        foreach (var affiliation in title.Affiliations)
            Lines(new Paragraph(affiliation.Runs.Select(r => r.Style.HasFlag(RunStyle.Superscript) ? r : r with { Style = r.Style | RunStyle.Italic }).ToArray()),
                styles.Small, LineAlign.Center);
        if (title.Provenance is not null)
            Lines(RichPlain(title.Provenance), s => styles.Small(s | RunStyle.Italic), LineAlign.Center);
        if (title.Notice is not null)
        {
            Space(styles.BlockGap);
            var lines = _breaker.Break(new Paragraph([new TextRun(title.Notice, RunStyle.Bold)]), styles.Small, width - 12, LineAlign.Center);
            _boxes.Add(new NoticeBox(lines, 6) { Source = "the synthetic-data notice" });
        }
        if (title.Abstract.Count > 0)
        {
            Space(styles.BlockGap);
            var first = true;
            foreach (var paragraph in title.Abstract)
            {
                var runs = first ? paragraph.Runs.Prepend(new TextRun("Abstract: ", RunStyle.Bold)).ToArray() : paragraph.Runs;
                Lines(new Paragraph(runs), styles.Small, LineAlign.Justify);
                Space(styles.ParagraphGap / 2);
                first = false;
            }
        }
        if (title.Keywords is not null)
            Lines(new Paragraph([new TextRun("Keywords: ", RunStyle.Bold), new TextRun(title.Keywords)]), styles.Small, LineAlign.Left);
        Space(styles.BlockGap);
    }

    private void Section(DocSection section)
    {
        _where = $"section {section.Number} '{section.Title}'";
        var floatsOnly = section.Blocks.Count > 0 && section.Blocks.All(b => b is FigureBlock { Pinned: false, Landscape: false } or TableBlock { Pinned: false, Landscape: false } or PageBreakBlock);
        if (_floatLedSectionOpen && !floatsOnly)
        {
            _boxes.Add(new FloatBarrierBox(breakPage: false));
            _floatLedSectionOpen = false;
        }
        Space(styles.BlockGap);
        if (floatsOnly) _headingToFloat = _boxes.Count;
        var heading = _breaker.Break(RichPlain($"{section.Number}. {section.Title}"), _ => styles.Heading(section.Level), width, LineAlign.Left);
        heading[0].Anchor = section.Anchor;
        foreach (var line in heading)
        {
            line.KeepWithNext = true;
            line.Source = $"section '{section.Title}'";
            _boxes.Add(line);
        }
        Space(styles.ParagraphGap / 2, keepWithNext: true);
        foreach (var block in section.Blocks)
        {
            cancellation.ThrowIfCancellationRequested();
            _where = $"section {section.Number} '{section.Title}'";
            Block(block);
        }
    }

    private void Block(DocBlock block)
    {
        switch (block)
        {
            case FigureBlock { Landscape: true } figure:
                Landscape(figure with { Landscape = false }, $"figure '{figure.Id}'");
                break;
            case TableBlock { Landscape: true } table:
                Landscape(table with { Landscape = false }, $"table '{table.Id}'");
                break;
            case Paragraph paragraph:
                Lines(paragraph, styles.Body, LineAlign.Justify, keepLinesTogether: true);
                Space(styles.ParagraphGap);
                break;
            case FigureBlock figure:
                {
                    _where = $"figure '{figure.Id}'";
                    var start = _boxes.Count;
                    _boxes.Add(new FigureBox(figure.Graphic, width) { KeepWithNext = true, Anchor = figure.Anchor, Source = $"figure '{figure.Id}'" });
                    Space(styles.ParagraphGap / 2, keepWithNext: true);
                    Caption($"Figure {figure.Number}.", figure.Caption, keepWithNext: false);
                    Float(start, floats: !figure.Pinned, $"figure '{figure.Id}'");
                    break;
                }
            case TableBlock table:
                {
                    _where = $"table '{table.Id}'";
                    var start = _boxes.Count;
                    var captionStart = _boxes.Count;
                    Caption($"Table {table.Number}.", table.Caption, keepWithNext: true);
                    _boxes[captionStart].Anchor = table.Anchor;
                    Table(table);
                    if (table.Note is not null)
                    {
                        Space(styles.ParagraphGap / 3);
                        Lines(table.Note, styles.Small, LineAlign.Justify);
                    }
                    // A table of up to 15 rows (that fits a page), or one that takes at most three quarters of a page, stands whole
                    // and floats; a longer one flows across pages (its header repeated), after any waiting
                    // float so that numbers stay in order.
                    var height = _boxes.Skip(start).Sum(b => b.Height);
                    if ((table.Content.Rows.Count <= KeepWholeRows && height <= pageHeight) || height <= pageHeight * 0.75f)
                    {
                        Float(start, floats: !table.Pinned, $"table '{table.Id}'", isTable: true);
                    }
                    else
                    {
                        // (A heading waiting for the section's first float stays with the table instead, after the barrier.)
                        var barrierAt = _headingToFloat ?? start;
                        _headingToFloat = null;
                        _boxes.Insert(barrierAt, new FloatBarrierBox(breakPage: false) { BeforeLongTable = true });
                        _boxes.Insert(start + 1, new SpacerBox(styles.ParagraphGap) { KeepWithNext = true });
                        Space(styles.BlockGap);
                    }
                    break;
                }
            case PageBreakBlock:
                _boxes.Add(new FloatBarrierBox(breakPage: true));
                break;
            case NoticeBlock notice:
                _where = $"notice '{notice.Title}'";
                var lines = _breaker.Break(new Paragraph(notice.Body.Runs.Prepend(new TextRun(notice.Title + ". ", RunStyle.Bold)).ToArray()),
                    styles.Small, width - 16, LineAlign.Left);
                _boxes.Add(new NoticeBox(lines, 8) { Source = $"notice '{notice.Title}'", Anchor = notice.Anchor });
                Space(styles.ParagraphGap);
                break;
            case MissingItemsBlock missing:
                _where = $"the notice of {string.Join(", ", missing.Items.Select(i => i.Label))}";
                var entries = missing.Items.Select(item =>
                    ((string?)item.Anchor, _breaker.Break(MissingItemsBlock.Entry(item), styles.Small, width - 16, LineAlign.Left))).ToArray();
                Space(styles.ParagraphGap / 2);
                _boxes.Add(new NoticeBox(entries, 8, gap: styles.ParagraphGap / 2) { Source = _where });
                Space(styles.ParagraphGap);
                break;
        }
    }

    /// <summary>
    /// A block on a page of its own turned landscape: typeset as wide as the portrait page is tall, and
    /// floated to the next page (the text after it fills the current one).
    /// </summary>
    private void Landscape(DocBlock block, string source)
    {
        var portraitWidth = width;
        var start = _boxes.Count;
        width = pageHeight;
        try
        {
            Block(block);
        }
        finally
        {
            width = portraitWidth;
        }
        var parts = _boxes.Skip(start).Where(b => b is not FloatBarrierBox).ToArray();
        _boxes.RemoveRange(start, _boxes.Count - start);
        var box = new FloatBox(parts, 0, 0, floats: true) { Source = source, Landscape = true };
        if (box.Height > portraitWidth)
            throw new LayoutException($"{source} is {box.Height:0} pt tall and can never fit on a landscape page ({portraitWidth:0} pt of text height); make it smaller in the spec");
        _boxes.Add(box);
    }

    /// <summary>Gathers the boxes added since <paramref name="start"/> into one float (figure or short table with its caption).</summary>
    private void Float(int start, bool floats, string source, bool isTable = false)
    {
        var spaceBefore = styles.ParagraphGap;
        var opensSection = floats && _headingToFloat is not null;
        if (floats && _headingToFloat is int heading)
        {
            // The section's heading travels with its first float (the space above the heading stays in the text).
            start = heading;
            spaceBefore = 0;
            _floatLedSectionOpen = true;
        }
        _headingToFloat = null;
        var parts = _boxes.Skip(start).ToArray();
        _boxes.RemoveRange(start, parts.Length);
        var box = new FloatBox(parts, spaceBefore, styles.BlockGap, floats) { Source = source, IsTable = isTable, OpensSection = opensSection };
        if (floats)
        {
            _boxes.Add(box);
            return;
        }
        // Pinned: it moves with the text, with its space around it, after any float still waiting.
        _boxes.Add(new FloatBarrierBox(breakPage: false));
        Space(styles.ParagraphGap, keepWithNext: true);
        _boxes.Add(box);
        Space(styles.BlockGap);
    }

    private void Caption(string label, Paragraph caption, bool keepWithNext)
    {
        var runs = caption.Runs.Prepend(new TextRun(label + " ", RunStyle.Bold)).ToArray();
        var lines = Lines(new Paragraph(runs), styles.Small, LineAlign.Justify);
        foreach (var line in lines.SkipLast(1)) line.KeepWithNext = true;
        lines[^1].KeepWithNext = keepWithNext;
    }

    private void Table(TableBlock table)
    {
        var content = table.Content;
        const float padding = 2.5f;
        const float gap = 8f;
        var columnCount = content.Headers.Count;
        if (columnCount == 0) return;
        // Each column wants its widest cell and needs at least its widest piece of a word between hyphens and slashes
        // (plus the gap). A table wider than the text gets the widths that make it shortest (ShortTableWidths): fewest
        // lines first, then fewest words broken at a hyphen or slash.
        var natural = new float[columnCount];
        var wholeWords = new float[columnCount];
        var pieces = new float[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var headerStyle = styles.Small(RunStyle.Bold);
            var body = styles.Small(RunStyle.Plain);
            natural[c] = measurer.Width(content.Headers[c].Title, headerStyle);
            wholeWords[c] = WidestWord(content.Headers[c].Title, headerStyle, splitHyphens: false);
            pieces[c] = WidestWord(content.Headers[c].Title, headerStyle, splitHyphens: true);
            foreach (var row in content.Rows)
            {
                natural[c] = Math.Max(natural[c], measurer.Width(row[c], body));
                wholeWords[c] = Math.Max(wholeWords[c], WidestWord(row[c], body, splitHyphens: false));
                pieces[c] = Math.Max(pieces[c], WidestWord(row[c], body, splitHyphens: true));
            }
            natural[c] += gap;
            wholeWords[c] += gap;
            pieces[c] += gap;
        }
        var widths = ShortTableWidths.Widths(TableWords(content), measurer.Width(" ", styles.Small(RunStyle.Plain)), gap, natural,
            pieces, Minimums(wholeWords, pieces, width), width);
        // A table nearly as wide as the text is set to the full width, flush with its caption;
        // a narrow one stays narrow and centred rather than spreading a few columns thin.
        if (widths.Sum() is var naturalTotal && naturalTotal < width && naturalTotal >= width * 0.6f)
            widths = widths.Select(w => w + (width - naturalTotal) / widths.Length).ToArray();
        var total = widths.Sum();
        var columns = new List<(float X, float Width)>();
        var x = 0f;
        foreach (var w in widths)
        {
            // Half the gap either side of each column keeps the text clear of the table's edges.
            columns.Add((x + gap / 2, Math.Max(w - gap, 1)));
            x += w;
        }
        var tableWidth = Math.Min(width, total);
        var geometry = new TableGeometry((width - tableWidth) / 2, tableWidth, columns, padding);
        var name = $"table '{table.Id}'";

        var header = new TableRowBox(content.Headers.Select((h, c) => Cell(h.Title, h.Alignment, columns[c].Width, RunStyle.Bold)).ToArray(),
            geometry, isHeader: true)
        { KeepWithNext = true, Source = $"the header row of {name}" };
        _boxes.Add(header);
        for (var r = 0; r < content.Rows.Count; r++)
        {
            var row = content.Rows[r];
            _boxes.Add(new TableRowBox(row.Select((text, c) => Cell(text, content.Headers[c].Alignment, columns[c].Width, RunStyle.Plain)).ToArray(),
                geometry, isHeader: false)
            {
                Header = header,
                Source = $"row {r + 1} of {name}",
                // A short table stays whole; a long one splits only where at least MinRowsAtSplit rows stand on
                // either side (the first rows keep with the next, the last ones with the bottom rule).
                KeepWithNext = content.Rows.Count <= KeepWholeRows || r < MinRowsAtSplit - 1 || r >= content.Rows.Count - MinRowsAtSplit,
            });
        }
        _boxes.Add(new RuleBox(TableRowBox.TopRule, left: geometry.Left, length: geometry.Width) { KeepWithNext = table.Note is not null, Source = name });
    }

    /// <summary>The header's and every row's cells as word widths, for <see cref="ShortTableWidths"/>; above its size
    /// limit no words are measured.</summary>
    private List<CellWords[]> TableWords(TableContent content)
    {
        if ((content.Rows.Count + 1) * content.Headers.Count > ShortTableWidths.MostCells) return [];
        CellWords Words(string text, TextStyle style)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new CellWords(words.Select(w => measurer.Width(w, style)).ToArray(),
                words.Select(w => ShortTableWidths.UnbreakablePieces(w).Select(p => measurer.Width(p, style)).ToArray()).ToArray());
        }
        var header = styles.Small(RunStyle.Bold);
        var body = styles.Small(RunStyle.Plain);
        var rows = new List<CellWords[]> { content.Headers.Select(h => Words(h.Title, header)).ToArray() };
        rows.AddRange(content.Rows.Select(row => row.Select(text => Words(text, body)).ToArray()));
        return rows;
    }

    /// <summary>Tables of at most this many rows are never split across pages.</summary>
    public const int KeepWholeRows = 15;

    /// <summary>The fewest rows of a long table on either side of a page break (no widow or orphan rows).</summary>
    public const int MinRowsAtSplit = 3;

    /// <summary>
    /// Each column's minimum: its widest whole word, except that the columns with the most to gain give
    /// way to their widest piece between hyphens and slashes while the minimums are wider than the text.
    /// </summary>
    public static float[] Minimums(float[] wholeWords, float[] pieces, float available)
    {
        var minimum = wholeWords.ToArray();
        while (minimum.Sum() > available)
        {
            var column = Enumerable.Range(0, minimum.Length).MaxBy(c => minimum[c] - pieces[c]);
            if (minimum[column] - pieces[column] <= 0) break;
            minimum[column] = pieces[column];
        }
        return minimum;
    }

    /// <summary>The widest word of the text (with <paramref name="splitHyphens"/>: the widest piece between hyphens and slashes).</summary>
    private float WidestWord(string text, TextStyle style, bool splitHyphens)
    {
        var widest = 0f;
        foreach (var piece in splitHyphens ? ShortTableWidths.UnbreakablePieces(text) : text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            widest = Math.Max(widest, measurer.Width(piece, style));
        return widest;
    }

    /// <summary>The steps a cell's font may shrink to (relative to the body size) before a word is cut mid-word.</summary>
    private static readonly float[] CellSizes = [0.88f, 0.8f, 0.72f];

    private IReadOnlyList<LineBox> Cell(string text, CellAlignment alignment, float cellWidth, RunStyle style)
    {
        var align = alignment switch { CellAlignment.Right => LineAlign.Right, CellAlignment.Center => LineAlign.Center, _ => LineAlign.Left };
        IReadOnlyList<LineBox> lines = [];
        foreach (var size in CellSizes)
            if (_breaker.TryBreakWhole(new Paragraph([new TextRun(text, style)]), s => styles.Sized(s, size), Math.Max(cellWidth, 1), align, out lines))
                return lines;
        return lines;
    }

    private void References(IReadOnlyList<DocReference> references)
    {
        if (references.Count > 0)
        {
            // The references never stand alone on a page: the last lines of text before them come along.
            for (var i = _boxes.Count - 1; i >= 0; i--)
            {
                _boxes[i].KeepWithNext = true;
                if (_boxes[i] is not SpacerBox) break;
            }
        }
        // Every figure still waiting for a page is placed before the references.
        _boxes.Add(new FloatBarrierBox(breakPage: false) { KeepWithNext = references.Count > 0 });
        if (references.Count == 0) return;
        _where = "the references";
        Space(styles.BlockGap);
        var heading = _breaker.Break(RichPlain("References"), _ => styles.Heading(1), width, LineAlign.Left);
        heading[0].Anchor = "references";
        foreach (var line in heading) { line.KeepWithNext = true; line.Source = "the references heading"; _boxes.Add(line); }
        Space(styles.ParagraphGap / 2, keepWithNext: true);
        foreach (var (reference, i) in references.Select((r, i) => (r, i)))
        {
            var start = _boxes.Count;
            _where = $"reference '{reference.Id}'";
            var lines = Lines(new Paragraph([new TextRun($"[{reference.Number}] ", RunStyle.Bold), new TextRun(reference.Text)]), styles.Small, LineAlign.Left, keepLinesTogether: true);
            _boxes[start].Anchor = reference.Anchor;
            // The last two references stand together, so no page holds a single reference line.
            var beforeLast = i == references.Count - 2;
            if (beforeLast) foreach (var line in lines) line.KeepWithNext = true;
            Space(styles.ParagraphGap / 2, keepWithNext: beforeLast);
        }
    }

    /// <summary>Adds a paragraph's lines; with <paramref name="keepLinesTogether"/> no page break leaves a single line behind or ahead.</summary>
    private IReadOnlyList<LineBox> Lines(Paragraph paragraph, Func<RunStyle, TextStyle> styleOf, LineAlign align, bool keepLinesTogether = false)
    {
        var lines = _breaker.Break(paragraph, styleOf, width, align);
        if (keepLinesTogether && lines.Count >= 2)
        {
            lines[0].KeepWithNext = true;
            lines[^2].KeepWithNext = true;
        }
        _boxes.AddRange(lines);
        return lines;
    }

    private void Space(float height, bool keepWithNext = false) =>
        _boxes.Add(new SpacerBox(height) { KeepWithNext = keepWithNext });

    private static Paragraph RichPlain(string text) => new([new TextRun(text)]);
}
