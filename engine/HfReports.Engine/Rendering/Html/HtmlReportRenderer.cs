using System.Text;
using HfReports.Engine.Document;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Rendering.Html;

/// <summary>The self-contained HTML file of <see cref="HtmlRenderer"/>, in UTF-8 without a byte order mark.</summary>
internal sealed class HtmlReportRenderer : IReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";
    public string Extension => ".html";
    public bool NeedsFigureSvg => true;
    public bool EmbedsData => true;

    public IReadOnlyList<string> Render(ReportDocument document, FontRegistry fonts, Stream output, CancellationToken cancellation = default)
    {
        using (Build.BuildProfile.Measure("html"))
        using (var writer = new StreamWriter(output, Utf8, bufferSize: 1 << 16, leaveOpen: true))
            HtmlRenderer.Render(document, writer, fonts, cancellation);
        return [];
    }
}
