using System.Text;
using HfReports.Engine.Document;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Rendering.Html;

/// <summary>The self-contained HTML file of <see cref="HtmlRenderer"/>, in UTF-8 without a byte order mark.</summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";
    public string Extension => ".html";
    public bool NeedsFigureSvg => true;

    public IReadOnlyList<string> Render(ReportDocument document, FontRegistry fonts, Stream output, CancellationToken cancellation = default)
    {
        string html;
        using (Build.BuildProfile.Measure("html"))
            html = HtmlRenderer.Render(document, fonts, cancellation);
        output.Write(Utf8.GetBytes(html));
        return [];
    }
}
