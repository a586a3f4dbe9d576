using HfReports.Engine.Rendering.Html;
using HfReports.Engine.Rendering.Pdf;

namespace HfReports.Engine.Rendering;

/// <summary>The only list of output formats: the manifest reader accepts their names (handed in), the build renders
/// the requested ones in this order.</summary>
internal static class ReportRenderers
{
    public static readonly IReadOnlyList<IReportRenderer> All = [new PdfReportRenderer(), new HtmlReportRenderer()];

    /// <summary>Every format's name, in catalog order.</summary>
    public static readonly IReadOnlyList<string> Formats = All.Select(r => r.Format).ToArray();

    /// <summary>The renderers of the requested formats, in catalog order.</summary>
    public static IReadOnlyList<IReportRenderer> For(IEnumerable<string> formats)
    {
        var requested = formats.ToHashSet(StringComparer.Ordinal);
        return All.Where(r => requested.Contains(r.Format)).ToArray();
    }
}
