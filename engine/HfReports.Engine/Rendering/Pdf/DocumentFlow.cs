using HfReports.Engine.Document;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>Typesets the document tree into the ordered list of boxes the paginator places.</summary>
public sealed class DocumentFlow
{
    private readonly PdfStyles styles;
    private readonly TextMeasurer measurer;
    private readonly float width;
    private readonly LineBreaker _breaker;
    private readonly List<LayoutBox> _boxes = [];
    private readonly List<string> _warnings = [];
    private string _where = "the title block";

    public DocumentFlow(PdfStyles styles, TextMeasurer measurer, float width)
    {
        this.styles = styles;
        this.measurer = measurer;
        this.width = width;
        _breaker = new LineBreaker(measurer) { MissingGlyphs = MissingGlyphs };
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
        foreach (var section in document.Sections) Section(section);
        References(document.References);
        return _boxes;
    }

    private void TitleBlock(TitleBlock title)
    {
        Lines(RichPlain(title.Title), _ => styles.Title, LineAlign.Center);
        if (title.Subtitle is not null) Lines(RichPlain(title.Subtitle), _ => styles.Subtitle, LineAlign.Center);
        Space(styles.BlockGap);
        var authors = string.Join(", ", title.Authors.Select(a => a.Affiliations.Count == 0 ? a.Name : $"{a.Name} ({string.Join(",", a.Affiliations)})"));
        if (authors.Length > 0) Lines(RichPlain(authors), styles.Body, LineAlign.Center);
        for (var i = 0; i < title.Affiliations.Count; i++)
            Lines(RichPlain($"({i + 1}) {title.Affiliations[i]}"), s => styles.Small(s | RunStyle.Italic), LineAlign.Center);
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
        if (title.Keywords.Count > 0)
            Lines(new Paragraph([new TextRun("Keywords: ", RunStyle.Bold), new TextRun(string.Join("; ", title.Keywords))]), styles.Small, LineAlign.Left);
        Space(styles.BlockGap);
    }

    private void Section(DocSection section)
    {
        _where = $"section {section.Number} '{section.Title}'";
        Space(styles.BlockGap);
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
            _where = $"section {section.Number} '{section.Title}'";
            Block(block);
        }
        foreach (var child in section.Sections) Section(child);
    }

    private void Block(DocBlock block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                Lines(paragraph, styles.Body, LineAlign.Justify, keepLinesTogether: true);
                Space(styles.ParagraphGap);
                break;
            case FigureBlock figure:
                _where = $"figure '{figure.Id}'";
                // Leading space keeps with the figure so a heading above it is never left alone.
                Space(styles.ParagraphGap, keepWithNext: true);
                _boxes.Add(new FigureBox(figure.Graphic, width) { KeepWithNext = true, Anchor = figure.Anchor, Source = $"figure '{figure.Id}'" });
                Space(styles.ParagraphGap / 2, keepWithNext: true);
                Caption($"Figure {figure.Number}.", figure.Caption, keepWithNext: false);
                Space(styles.BlockGap);
                break;
            case TableBlock table:
                _where = $"table '{table.Id}'";
                Space(styles.ParagraphGap, keepWithNext: true);
                var captionStart = _boxes.Count;
                Caption($"Table {table.Number}.", table.Caption, keepWithNext: true);
                _boxes[captionStart].Anchor = table.Anchor;
                Table(table);
                if (table.Note is not null)
                {
                    Space(styles.ParagraphGap / 3);
                    Lines(table.Note, styles.Small, LineAlign.Justify);
                }
                Space(styles.BlockGap);
                break;
            case NoticeBlock notice:
                _where = $"notice '{notice.Title}'";
                var lines = _breaker.Break(new Paragraph(notice.Body.Runs.Prepend(new TextRun(notice.Title + ". ", RunStyle.Bold)).ToArray()),
                    styles.Small, width - 16, LineAlign.Left);
                _boxes.Add(new NoticeBox(lines, 8) { Source = $"notice '{notice.Title}'" });
                Space(styles.ParagraphGap);
                break;
        }
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
        // Each column wants its widest cell and needs at least its widest word (plus the gap). A table
        // wider than the text gives every column its minimum and shares the rest in proportion to
        // what each still wants, so long cells wrap while short columns keep their words whole.
        var natural = new float[columnCount];
        var minimum = new float[columnCount];
        for (var c = 0; c < columnCount; c++)
        {
            var headerStyle = styles.Small(RunStyle.Bold);
            var body = styles.Small(RunStyle.Plain);
            natural[c] = measurer.Width(content.Headers[c].Title, headerStyle);
            minimum[c] = WidestWord(content.Headers[c].Title, headerStyle);
            foreach (var row in content.Rows)
            {
                natural[c] = Math.Max(natural[c], measurer.Width(row[c], body));
                minimum[c] = Math.Max(minimum[c], WidestWord(row[c], body));
            }
            natural[c] += gap;
            minimum[c] += gap;
        }
        var widths = ColumnWidths(natural, minimum, width);
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
            geometry, isHeader: true) { KeepWithNext = true, Source = $"the header row of {name}" };
        _boxes.Add(header);
        for (var r = 0; r < content.Rows.Count; r++)
        {
            var row = content.Rows[r];
            _boxes.Add(new TableRowBox(row.Select((text, c) => Cell(text, content.Headers[c].Alignment, columns[c].Width, RunStyle.Plain)).ToArray(),
                geometry, isHeader: false)
            {
                Header = header,
                Source = $"row {r + 1} of {name}",
                // Never a lone first row under the header, nor a lone last row on a page of its own.
                KeepWithNext = r == 0 || r >= content.Rows.Count - 2,
            });
        }
        _boxes.Add(new RuleBox(TableRowBox.TopRule, left: geometry.Left, length: geometry.Width) { KeepWithNext = table.Note is not null, Source = name });
    }

    /// <summary>Column widths that fit <paramref name="available"/>: natural when they can, else minimum plus a share of the rest.</summary>
    public static float[] ColumnWidths(float[] natural, float[] minimum, float available)
    {
        if (natural.Sum() <= available) return natural;
        // One very long word (a URL, a tag) may claim at most a third of the width and is cut there,
        // so it cannot squeeze the other columns until their headers break mid-word.
        minimum = minimum.Select(m => Math.Min(m, available / 3)).ToArray();
        var minimumTotal = minimum.Sum();
        if (minimumTotal >= available) return minimum.Select(m => m * available / minimumTotal).ToArray();
        var wanted = natural.Zip(minimum, (n, m) => Math.Max(n - m, 0)).ToArray();
        var share = (available - minimumTotal) / wanted.Sum();
        return minimum.Select((m, c) => m + wanted[c] * share).ToArray();
    }

    private float WidestWord(string text, TextStyle style)
    {
        if (!text.Contains(' ')) return measurer.Width(text, style);
        var widest = 0f;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            widest = Math.Max(widest, measurer.Width(word, style));
        return widest;
    }

    private IReadOnlyList<LineBox> Cell(string text, CellAlignment alignment, float cellWidth, RunStyle style)
    {
        var align = alignment switch { CellAlignment.Right => LineAlign.Right, CellAlignment.Center => LineAlign.Center, _ => LineAlign.Left };
        return _breaker.Break(new Paragraph([new TextRun(text, style)]), styles.Small, Math.Max(cellWidth, 1), align);
    }

    private void References(IReadOnlyList<DocReference> references)
    {
        if (references.Count == 0) return;
        _where = "the references";
        Space(styles.BlockGap);
        var heading = _breaker.Break(RichPlain("References"), _ => styles.Heading(1), width, LineAlign.Left);
        heading[0].Anchor = "references";
        foreach (var line in heading) { line.KeepWithNext = true; line.Source = "the references heading"; _boxes.Add(line); }
        Space(styles.ParagraphGap / 2, keepWithNext: true);
        foreach (var reference in references)
        {
            var start = _boxes.Count;
            _where = $"reference '{reference.Id}'";
            Lines(new Paragraph([new TextRun($"[{reference.Number}] ", RunStyle.Bold), new TextRun(reference.Text)]), styles.Small, LineAlign.Left, keepLinesTogether: true);
            _boxes[start].Anchor = reference.Anchor;
            Space(styles.ParagraphGap / 2);
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
