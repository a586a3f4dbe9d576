using System.Collections.Concurrent;
using System.Text;
using HfReports.Engine.Build.Caching;
using HfReports.Engine.Charts;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Build;

/// <summary>
/// Draws figures for a build: ahead of time on worker threads (<see cref="Prepare"/>), or on demand. A figure whose
/// inputs are unchanged is taken from memory (watch) or gets its SVG from the build cache; the PDF side always draws
/// from the ScottPlot panels, so the PDF bytes are those of a cold build. What it hands on is a
/// <see cref="DrawnFigure"/>, drawn before the document is assembled; its SVG is made when the HTML first asks.
/// </summary>
/// <param name="parameters">The report's bound parameters: per-panel data may use any of them, so all are part of a figure's key.</param>
/// <param name="svg">Whether the SVG is needed (an HTML output).</param>
internal sealed class FigureRenderer(FontRegistry fonts, IReadOnlyDictionary<string, object?> parameters, FrameEvaluator evaluator,
    BuildCache? cache, FigureMemory? memory, string? snapshotSha256, bool svg)
{
    public const string SvgKind = "svg";

    /// <summary>What the snapshot's time axis is, for axis titles that name it (<see cref="TimeAxisTitles"/>).</summary>
    public string TimeAxis { get; init; } = Query.SnapshotIdentity.HubTimeAxis;

    private static readonly HashSet<string> NotDrawn = ["Caption", "Data"];

    private readonly ConcurrentDictionary<FigureSpec, Drawn> _drawn = new(ReferenceEqualityComparer.Instance);

    private sealed record Drawn(DrawnFigure? Figure, IReadOnlyList<Diagnostic> Warnings, ChartException? Error, bool Reused,
        TimeSpan Elapsed = default);

    /// <summary>Draws the figure now (on the calling thread) so that <see cref="Graphic"/> finds it ready.</summary>
    /// <param name="panelFrames">The frame each panel draws, in panel order.</param>
    public void Prepare(FigureSpec figure, IReadOnlyList<Frame> panelFrames) => _drawn.GetOrAdd(figure, f => Draw(f, panelFrames));

    /// <summary>The figure drawn from its panels' frames, with what the drawing could not do as asked (labels left
    /// out); a chart that cannot be drawn throws its <see cref="ChartException"/>.</summary>
    public (DrawnFigure Figure, IReadOnlyList<Diagnostic> Warnings) Graphic(FigureSpec figure, IReadOnlyList<Frame> panelFrames)
    {
        var drawn = _drawn.GetOrAdd(figure, f => Draw(f, panelFrames));
        return drawn.Figure is { } ready ? (ready, drawn.Warnings) : throw drawn.Error!;
    }

    /// <summary>Whether the figure was taken from memory, or its SVG from the build cache (its PDF side is drawn all the same).</summary>
    public bool WasReused(FigureSpec figure) => _drawn.TryGetValue(figure, out var drawn) && drawn.Reused;

    /// <summary>How long drawing the figure took in this build (its SVG, made later when the HTML asks, not included).</summary>
    public TimeSpan DrawTime(FigureSpec figure) => _drawn.TryGetValue(figure, out var drawn) ? drawn.Elapsed : TimeSpan.Zero;

    /// <summary>The document's view of a drawn figure: its size, its drawing onto a canvas and its SVG.</summary>
    public static DrawnFigure ForDocument(FigureGraphic graphic, string? svg) => ForDocument(graphic, svg is null ? null : new Lazy<string>(svg));

    /// <summary>As above, with an SVG made when first asked for: by the HTML, or by the PDF's drawing of the figure if it
    /// comes first. A ScottPlot plot lays itself out from its previous rendering, and some layouts (a legend's rows, a
    /// release band's) never quite settle, so a build writing both formats renders each figure SVG first, PDF second,
    /// as it always did, whichever renderer reaches the figure first. (A build writing only the PDF, or taking the SVG
    /// from the cache, renders no SVG before the PDF: such a figure's PDF can differ from that of a build making both.)</summary>
    public static DrawnFigure ForDocument(FigureGraphic graphic, Lazy<string>? svg) =>
        new(graphic.Width, graphic.Height, svg, (canvas, width) =>
        {
            _ = svg?.Value;
            graphic.Draw(canvas, width, graphic.Height * width / graphic.Width);
        }, () =>
        {
            _ = svg?.Value;
            return graphic.PlotAreas();
        });

    private Drawn Draw(FigureSpec figure, IReadOnlyList<Frame> panelFrames)
    {
        var key = KeyOf(figure);
        if (key is not null && memory?.TryGet(key) is { } remembered)
        {
            var rememberedSvg = remembered.Svg;
            if (svg && rememberedSvg is null)
            {
                rememberedSvg = SvgWhenAsked(remembered.Graphic, key: null, cache: null);
                memory.Keep(key, remembered.Graphic, rememberedSvg);
            }
            return new Drawn(ForDocument(remembered.Graphic, svg ? rememberedSvg : null), remembered.Graphic.Warnings, null, Reused: true);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        FigureGraphic graphic;
        try
        {
            using (BuildProfile.Measure("charts"))
                graphic = ChartBuilder.Build(TimeAxisTitles.Resolve(figure, TimeAxis), panelFrames, fonts);
        }
        catch (ChartException e)
        {
            return new Drawn(null, [], e, false);
        }
        var reused = false;
        Lazy<string>? text = null;
        if (svg && key is not null && cache?.TryRead(SvgKind, key) is { } cached)
        {
            text = new Lazy<string>(Encoding.UTF8.GetString(cached));
            reused = true;
        }
        else if (svg)
            text = SvgWhenAsked(graphic, key, cache);
        if (key is not null) memory?.Keep(key, graphic, text);
        return new Drawn(ForDocument(graphic, text), graphic.Warnings, null, reused, clock.Elapsed);
    }

    /// <summary>The figure's SVG, made when first asked for (by the HTML, or by the PDF's drawing of the figure), and
    /// then kept in the build cache under <paramref name="key"/>. Static, so that it holds on to the figure and the
    /// cache only, not to the build's frames.</summary>
    private static Lazy<string> SvgWhenAsked(FigureGraphic graphic, string? key, BuildCache? cache) => new(() =>
    {
        string made;
        using (BuildProfile.Measure("svg"))
            made = graphic.ToSvg();
        if (key is not null) cache?.Write(SvgKind, key, Encoding.UTF8.GetBytes(made));
        return made;
    });

    /// <summary>Everything the drawing depends on: the frame's key, the whole figure spec but its caption, the theme,
    /// the report parameters, the snapshot and the engine. Null when the frame has no key (nothing is cached).</summary>
    private string? KeyOf(FigureSpec figure)
    {
        if (evaluator.KeyOf(figure.Data) is not { } dataKey || snapshotSha256 is null) return null;
        return new CacheKey()
            .Add("kind", "figure")
            .Add("engine", EngineFingerprint.Value)
            .Add("snapshot", snapshotSha256)
            .Add("parameters", parameters)
            .Add("theme", fonts.Theme)
            .Add("data", dataKey)
            .Add("figure", figure, NotDrawn)
            .Hash();
    }
}
