using SkiaSharp;

namespace HfReports.Engine.Document;

/// <summary>
/// A figure as the document hands it to the renderers, drawn before the document was assembled: its size in points,
/// a way to draw it onto a canvas (vector, for the PDF) and its SVG (for the HTML; null when no format asked for it).
/// Renderers may read it at the same time: its SVG is made once, when first asked for (while the HTML and the PDF are
/// written at once, off the path of the document's preparation), and the figure serialises its drawings.
/// </summary>
/// <param name="draw">Draws the figure with its top-left corner at the canvas origin, scaled to the given width.</param>
/// <param name="plotAreas">Each panel's plot area in the figure's points from its top-left corner (where marks are clipped).</param>
internal sealed class DrawnFigure(float width, float height, Lazy<string>? svg, Action<SKCanvas, float> draw,
    Func<IReadOnlyList<SKRect>>? plotAreas = null)
{
    public DrawnFigure(float width, float height, string? svg, Action<SKCanvas, float> draw, Func<IReadOnlyList<SKRect>>? plotAreas = null)
        : this(width, height, svg is null ? null : new Lazy<string>(svg), draw, plotAreas)
    {
    }

    public float Width { get; } = width;

    public float Height { get; } = height;

    /// <summary>The figure as one SVG document; null when the build renders no format that embeds it.</summary>
    public string? Svg => svg?.Value;

    /// <summary>Draws the figure at the canvas origin, scaled to <paramref name="toWidth"/> (its height in proportion).</summary>
    public void Draw(SKCanvas canvas, float toWidth) => draw(canvas, toWidth);

    /// <summary>Each panel's plot area, as last drawn (empty when the figure has none to tell).</summary>
    public IReadOnlyList<SKRect> PlotAreas() => plotAreas?.Invoke() ?? [];
}
