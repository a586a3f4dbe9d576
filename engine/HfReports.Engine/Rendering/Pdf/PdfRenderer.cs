using HfReports.Engine.Document;
using HfReports.Engine.Rendering.Pdf.Output;
using HfReports.Engine.Theme;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// Lays out the document and writes it as PDF through SkiaSharp: typeset into boxes, paginate,
/// then draw each page with a running header and a "page n of N" footer; a finishing pass
/// subsets the fonts and adds the outline. Dates come from the document so the bytes are reproducible.
/// </summary>
internal static class PdfRenderer
{
    /// <param name="cancellation">Checked through layout (every block, word and box) and before every page is drawn.</param>
    public static PdfRenderResult Render(ReportDocument document, FontRegistry fonts, Stream output, CancellationToken cancellation = default)
    {
        var layout = Build.BuildProfile.Measure("pdf layout");
        var geometry = PageGeometry.From(fonts.Theme);
        var styles = new PdfStyles(fonts);
        using var measurer = new TextMeasurer();
        var flow = new DocumentFlow(styles, measurer, geometry.ContentWidth, geometry.ContentHeight, cancellation);
        var boxes = flow.Build(document);
        var pages = Paginator.Paginate(boxes, geometry.ContentHeight, cancellation);
        MeasureMargins(measurer, styles, document, geometry.ContentWidth, pages.Count);
        measurer.DrawWithMeasuredGlyphs();
        layout.Dispose();
        var drawing = Build.BuildProfile.Measure("pdf drawing");

        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title.Title,
            Author = string.Join(", ", document.Title.AuthorNames),
            Subject = document.Title.Subtitle ?? document.Title.Title,
            Keywords = string.Join(", ", document.Title.KeywordList),
            Creator = "HfReports",
            Producer = "HfReports (SkiaSharp PDF)",
            Creation = document.CreatedAt,
            Modified = document.CreatedAt,
            RasterDpi = 300,
        };
        using var raw = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(raw, metadata))
        {
            for (var p = 0; p < pages.Count; p++)
            {
                cancellation.ThrowIfCancellationRequested();
                // A page holding a landscape float is turned: its width and height swap.
                var page = pages[p] is [{ Box: FloatBox { Landscape: true } }] ? geometry with { Width = geometry.Height, Height = geometry.Width } : geometry;
                var canvas = pdf.BeginPage(page.Width, page.Height);
                var context = new PageContext(canvas, measurer);
                foreach (var placed in pages[p])
                {
                    var y = page.Margin + placed.Y;
                    if (placed.Box.Anchor is { } anchor)
                        canvas.DrawNamedDestinationAnnotation(new SKPoint(page.Margin, y), anchor);
                    placed.Box.Draw(context, page.Margin, y, page.ContentWidth);
                }
                DrawMargins(context, page, styles, document, p + 1, pages.Count);
                pdf.EndPage();
            }
            pdf.Close();
        }
        drawing.Dispose();
        using (Build.BuildProfile.Measure("pdf finishing (fonts, outline)"))
            output.Write(PdfFinisher.Finish(raw.ToArray(), Outline(document)));
        return new PdfRenderResult(pages.Count, flow.Warnings);
    }

    /// <summary>Bookmarks: every section and subsection, then the references.</summary>
    public static IReadOnlyList<OutlineEntry> Outline(ReportDocument document)
    {
        var entries = document.AllSections.Select(s => new OutlineEntry($"{s.Number}. {s.Title}", s.Anchor, s.Level)).ToList();
        if (document.References.Count > 0) entries.Add(new OutlineEntry("References", "references", 1));
        return entries;
    }

    /// <summary>The margins' text measured before drawing, so that the fonts drawing it are cut down with their glyphs.</summary>
    private static void MeasureMargins(TextMeasurer measurer, PdfStyles styles, ReportDocument document, float contentWidth, int count)
    {
        for (var number = 1; number <= count; number++) measurer.Width(Footer(number, count), styles.Margin);
        measurer.Width(RunningHeader(document.Title.Title, contentWidth, measurer, styles.Margin), styles.Margin);
    }

    private static string Footer(int number, int count) => $"Page {number} of {count}";

    private static void DrawMargins(PageContext page, PageGeometry geometry, PdfStyles styles, ReportDocument document, int number, int count)
    {
        var style = styles.Margin;
        var footer = Footer(number, count);
        var footerWidth = page.Measurer.Width(footer, style);
        page.Measurer.Draw(page.Canvas, footer, (geometry.Width - footerWidth) / 2, geometry.Height - geometry.Margin / 2, style);
        if (number == 1) return;
        var header = RunningHeader(document.Title.Title, geometry.ContentWidth, page.Measurer, style);
        var baseline = geometry.Margin / 2 + style.Size;
        page.Measurer.Draw(page.Canvas, header, geometry.Margin, baseline, style);
        using var rule = new SKPaint { Color = style.Color, StrokeWidth = 0.4f, IsAntialias = true };
        page.Canvas.DrawLine(geometry.Margin, baseline + style.Size * 0.5f, geometry.Width - geometry.Margin, baseline + style.Size * 0.5f, rule);
    }

    /// <summary>The title, shortened at a word boundary with an ellipsis when it is wider than the text.</summary>
    private static string RunningHeader(string title, float width, TextMeasurer measurer, TextStyle style)
    {
        if (measurer.Width(title, style) <= width) return title;
        var words = title.Split(' ');
        for (var count = words.Length - 1; count > 0; count--)
        {
            var candidate = string.Join(' ', words.Take(count)) + " …";
            if (measurer.Width(candidate, style) <= width) return candidate;
        }
        return "…";
    }
}
