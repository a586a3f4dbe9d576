using HfReports.Engine.Document;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>The paper-style PDF, laid out by <see cref="PdfRenderer"/>.</summary>
internal sealed class PdfReportRenderer : IReportRenderer
{
    public string Format => "pdf";
    public string Extension => ".pdf";
    public bool NeedsFigureSvg => false;
    public bool EmbedsData => false;

    public IReadOnlyList<string> Render(ReportDocument document, FontRegistry fonts, Stream output, CancellationToken cancellation = default) =>
        PdfRenderer.Render(document, fonts, output, cancellation).Warnings;
}
