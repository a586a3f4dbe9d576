using HfReports.Engine.Document;
using HfReports.Engine.Theme;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// Lays out the document and writes it as PDF through SkiaSharp: typeset into boxes, paginate,
/// then draw each page with a running header and a "page n of N" footer. Dates come from the
/// document so the bytes are reproducible.
/// </summary>
public static class PdfRenderer
{
    public static void Render(ReportDocument document, FontRegistry fonts, Stream output)
    {
        var geometry = PageGeometry.From(fonts.Theme);
        var styles = new PdfStyles(fonts);
        using var measurer = new TextMeasurer();
        var boxes = new DocumentFlow(styles, measurer, geometry.ContentWidth).Build(document);
        var pages = Paginator.Paginate(boxes, geometry.ContentHeight);

        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Title.Title,
            Author = string.Join(", ", document.Title.Authors.Select(a => a.Name)),
            Subject = document.Title.Subtitle ?? document.Title.Title,
            Keywords = string.Join(", ", document.Title.Keywords),
            Creator = "HfReports",
            Producer = "HfReports (SkiaSharp PDF)",
            Creation = document.CreatedAt,
            Modified = document.CreatedAt,
            RasterDpi = 300,
        };
        using var pdf = SKDocument.CreatePdf(output, metadata);
        for (var p = 0; p < pages.Count; p++)
        {
            var canvas = pdf.BeginPage(geometry.Width, geometry.Height);
            var context = new PageContext(canvas, measurer);
            foreach (var placed in pages[p])
            {
                var y = geometry.Margin + placed.Y;
                if (placed.Box.Anchor is { } anchor)
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(geometry.Margin, y), anchor);
                placed.Box.Draw(context, geometry.Margin, y, geometry.ContentWidth);
            }
            DrawMargins(context, geometry, styles, document, p + 1, pages.Count);
            pdf.EndPage();
        }
        pdf.Close();
    }

    private static void DrawMargins(PageContext page, PageGeometry geometry, PdfStyles styles, ReportDocument document, int number, int count)
    {
        var style = styles.Margin;
        var footer = $"Page {number} of {count}";
        var footerWidth = page.Measurer.Width(footer, style);
        page.Measurer.Draw(page.Canvas, footer, (geometry.Width - footerWidth) / 2, geometry.Height - geometry.Margin / 2, style);
        if (number == 1) return;
        var header = document.Title.Title;
        if (page.Measurer.Width(header, style) > geometry.ContentWidth) header = header[..Math.Min(header.Length, 80)] + "…";
        page.Measurer.Draw(page.Canvas, header, geometry.Margin, geometry.Margin / 2 + style.Size, style);
    }
}
