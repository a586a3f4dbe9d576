using HfReports.Engine.Document;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Rendering;

/// <summary>One output format: writes a finished document to a stream. <see cref="ReportRenderers"/> lists every
/// format; adding one is a class implementing this and a line there.</summary>
internal interface IReportRenderer
{
    /// <summary>The name a manifest's <c>formats</c> list gives it.</summary>
    string Format { get; }

    /// <summary>The output file's extension, with its dot.</summary>
    string Extension { get; }

    /// <summary>Whether the format embeds the figures' SVG (<see cref="DrawnFigure.Svg"/>), which the build
    /// then draws with each figure, before the document is assembled.</summary>
    bool NeedsFigureSvg { get; }

    /// <summary>Whether the format embeds the data behind figures and tables as CSV (within <see cref="Build.DataLinkAllowance"/>).</summary>
    bool EmbedsData { get; }

    /// <summary>Writes the document; returns the warnings worth telling (e.g. characters no font can draw).</summary>
    /// <param name="cancellation">The build's: a long layout or page stops when it is cancelled.</param>
    IReadOnlyList<string> Render(ReportDocument document, FontRegistry fonts, Stream output, CancellationToken cancellation = default);
}
