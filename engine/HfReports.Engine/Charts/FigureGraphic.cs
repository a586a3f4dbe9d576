using ScottPlot;
using SkiaSharp;

namespace HfReports.Engine.Charts;

/// <summary>
/// A drawn figure: one or more ScottPlot panels stacked vertically. It draws straight onto a
/// PDF page canvas (so the figure stays vector) and serialises to SVG for HTML.
/// Sizes are in points (1/72 inch) in both outputs. A ScottPlot plot keeps what it last rendered, so the drawings of
/// one figure take turns (the PDF may draw it while the HTML makes its SVG).
/// </summary>
internal sealed class FigureGraphic : IDisposable
{
    private readonly Lock _rendering = new();

    public string Id { get; }
    public IReadOnlyList<(Plot Plot, double Weight)> Panels { get; }
    public float Width { get; }
    public float Height { get; }

    /// <summary>What the drawing could not do as asked (labels left out), for the build's warnings.</summary>
    public IReadOnlyList<HfReports.Engine.Spec.Diagnostic> Warnings { get; set; } = [];

    public FigureGraphic(string id, IReadOnlyList<(Plot Plot, double Weight)> panels, float width, float height)
    {
        Id = id;
        Panels = panels;
        Width = width;
        Height = height;
        using var span = Build.BuildProfile.Measure("chart layout (settling renders)");
        if (panels.Count > 1) AlignPanels();
        else Settle();
    }

    /// <summary>
    /// ScottPlot lays a plot out from what it measured in the previous render, so the first render or two differ
    /// from every later one (edge legends take two). Rendering (onto a canvas that draws nothing) until the layout stops moving makes
    /// every drawing after it the same, whatever is drawn first (PDF or SVG) and however often a figure is drawn.
    /// </summary>
    private void Settle()
    {
        const int mostRenders = 4;
        foreach (var (plot, _, panelHeight) in Layout(Height))
        {
            PixelRect? previous = null;
            for (var i = 0; i < mostRenders; i++)
            {
                RenderForLayout(plot, (int)Math.Round(Width), (int)Math.Round(panelHeight));
                var rect = plot.LastRender.DataRect;
                if (previous == rect) break;
                previous = rect;
            }
        }
    }

    /// <summary>
    /// Gives stacked panels one left and one right edge for their plot areas, whatever the width
    /// of each panel's tick labels: lay each out as ScottPlot would, then fix every panel's side
    /// padding to the widest (top and bottom stay each panel's own).
    /// </summary>
    private void AlignPanels()
    {
        var width = (int)Math.Round(Width);
        var measured = Layout(Height).Select(p =>
        {
            var panelHeight = (int)Math.Round(p.Height);
            RenderForLayout(p.Plot, width, panelHeight);
            return (p.Plot, Rect: p.Plot.LastRender.DataRect, Height: panelHeight);
        }).ToArray();
        var left = measured.Max(m => m.Rect.Left);
        var right = measured.Max(m => width - m.Rect.Right);
        foreach (var (plot, rect, panelHeight) in measured)
            plot.Layout.Fixed(new PixelPadding(left, right, panelHeight - rect.Bottom, rect.Top));
    }

    /// <summary>
    /// Runs ScottPlot's whole render (ticks, measured labels, layout) onto a canvas that draws nothing: the layout is
    /// the one a real render gets, without rasterising every mark of every settling pass.
    /// </summary>
    private static void RenderForLayout(Plot plot, int width, int height)
    {
        using var canvas = new SKNoDrawCanvas(width, height);
        plot.Render(canvas, width, height);
    }

    /// <summary>The panels' vertical extents, in order, within the figure's height.</summary>
    public IEnumerable<(Plot Plot, float Top, float Height)> Layout(float height)
    {
        var total = Panels.Sum(p => p.Weight);
        var top = 0f;
        foreach (var (plot, weight) in Panels)
        {
            var panelHeight = (float)(height * weight / total);
            yield return (plot, top, panelHeight);
            top += panelHeight;
        }
    }

    /// <summary>Each panel's plot area (where ScottPlot clips marks and labels), in the figure's points from its top-left corner.</summary>
    public IReadOnlyList<SKRect> PlotAreas()
    {
        lock (_rendering)
            return Layout(Height).Select(p => p.Plot.LastRender.DataRect is var r ? new SKRect(r.Left, p.Top + r.Top, r.Right, p.Top + r.Bottom) : default).ToArray();
    }

    /// <summary>Draws the figure with its top-left corner at the canvas origin, scaled to the given size.</summary>
    public void Draw(SKCanvas canvas, float width, float height)
    {
        lock (_rendering) DrawPanels(canvas, width);
        _ = height;
    }

    private void DrawPanels(SKCanvas canvas, float width)
    {
        var scale = width / Width;
        canvas.Save();
        canvas.Scale(scale);
        foreach (var (plot, top, panelHeight) in Layout(Height))
        {
            canvas.Save();
            canvas.Translate(0, top);
            canvas.ClipRect(new SKRect(0, 0, Width, panelHeight));
            plot.Render(canvas, (int)Math.Round(Width), (int)Math.Round(panelHeight));
            canvas.Restore();
        }
        canvas.Restore();
    }

    /// <summary>The figure as one SVG document; panels are nested &lt;svg&gt; elements placed one under another.
    /// Drawn on each call: a build makes it once, when its HTML first asks for it.</summary>
    public string ToSvg()
    {
        lock (_rendering) return Svg();
    }

    private string Svg()
    {
        var width = (int)Math.Round(Width);
        var height = (int)Math.Round(Height);
        var body = new System.Text.StringBuilder();
        body.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\">");
        foreach (var (plot, top, panelHeight) in Layout(height))
        {
            var dots = plot.GetPlottables().OfType<Types.DotMarks>().ToArray();
            foreach (var d in dots) d.AsSvgCircles = true;
            var svg = plot.GetSvgXml(width, (int)Math.Round(panelHeight));
            foreach (var d in dots) d.AsSvgCircles = false;
            var start = svg.IndexOf("<svg", StringComparison.Ordinal);
            svg = svg[start..].Replace("<svg ", $"<svg x=\"0\" y=\"{Math.Round(top)}\" ", StringComparison.Ordinal);
            body.Append(svg);
        }
        body.Append("</svg>");
        return SvgIds.Stabilise(body.ToString(), Id);
    }

    /// <summary>The figure as a PNG at the given resolution (dots per inch; the figure's size is in points).</summary>
    public byte[] ToPng(double dpi)
    {
        if (dpi is < 10 or > 1200) throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "a PNG's resolution must be between 10 and 1200 dpi");
        var scale = (float)(dpi / 72);
        var info = new SKImageInfo((int)Math.Ceiling(Width * scale), (int)Math.Ceiling(Height * scale));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, Width * scale, Height * scale);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public void Dispose()
    {
        foreach (var (plot, _) in Panels) plot.Dispose();
    }
}
