using HfReports.Engine.Charts.Annotations;
using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.Statistics;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>
/// Turns a figure's declared panels and its frame into a drawn <see cref="FigureGraphic"/>: each
/// chart type draws its marks, then the builder sets limits (shared along x when panels are
/// stacked), axes, statistics, annotations, point labels, titles and one legend per distinct set
/// of entries (panels listing the same entries show it once, on the last of them).
/// </summary>
internal static class ChartBuilder
{
    private const int MaxPointLabels = 80;

    public static FigureGraphic Build(FigureSpec figure, Frame frame, FontRegistry fonts) =>
        Build(figure, figure.Panels.Select(_ => frame).ToArray(), fonts);

    /// <param name="panelFrames">The frame each panel draws, in panel order (panels may have their own data).</param>
    public static FigureGraphic Build(FigureSpec figure, IReadOnlyList<Frame> panelFrames, FontRegistry fonts)
    {
        panelFrames = panelFrames.Select(FiniteValues.Of).ToArray();
        var width = (float)(figure.WidthInches * 72);
        var height = (float)(figure.HeightInches * 72);
        var totalWeight = figure.Panels.Sum(p => p.HeightWeight);
        var contexts = new List<ChartContext>();
        var panels = new List<Panel>();
        var finished = new List<FinishedPanel>();
        try
        {
            foreach (var (chart, frame) in figure.Panels.Zip(panelFrames))
            {
                if (!ChartCatalog.TryFind(chart.Type, out var type, out var typeName))
                    throw new ChartException($"chart type '{chart.Type}' is not drawn; known types: {string.Join(", ", ChartCatalog.AllNames)}", chart.Location, chart.KeyPath);
                var plot = new Plot();
                PaperStyle.Apply(plot, fonts);
                var context = new ChartContext(chart, typeName, frame, plot, fonts, width) { PanelHeight = (float)(height * chart.HeightWeight / totalWeight) };
                contexts.Add(context);
                DrawnPanel drawn;
                try
                {
                    drawn = type.Draw(context);
                }
                catch (TooManyMarksException e)
                {
                    throw context.Error(e.Message);
                }
                if (!drawn.NoData) TrendDrawer.Draw(context, drawn);
                panels.Add(new Panel(context, drawn));
            }
            var limits = panels.Select(OwnLimits).ToArray();
            var shared = SharesX(panels);
            if (shared) ShareX(panels, limits);
            for (var i = 0; i < panels.Count; i++)
            {
                var isLast = i == panels.Count - 1;
                var legend = LegendShownHere(panels, i);
                finished.Add(Finish(panels[i], limits[i], showX: !shared || isLast, legend));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException)
        {
            // ScottPlot refusing values no check above foresaw (extreme ranges): a diagnostic, not a crash.
            foreach (var context in contexts) context.Plot.Dispose();
            throw new ChartException($"the chart cannot be drawn from this data: {e.Message}", figure.Location, figure.KeyPath);
        }
        catch
        {
            foreach (var context in contexts) context.Plot.Dispose();
            throw;
        }
        var graphic = new FigureGraphic(figure.Id, contexts.Select(c => (c.Plot, c.Chart.HeightWeight)).ToArray(), width, height);
        // Labels are placed while the figure settles its layout: what found no place is known now.
        graphic.Warnings = Unplaced(figure, finished).ToArray();
        return graphic;
    }

    /// <summary>A panel as its chart type left it: what it draws with and what it drew.</summary>
    private sealed record Panel(ChartContext Context, DrawnPanel Drawn);

    /// <summary>A finished panel's label layers, asked once the figure is drawn which labels found no place.</summary>
    private sealed record FinishedPanel(Panel Panel, LabelLayer? Labels, ReleaseBand? Band);

    /// <summary>The panel's own limits: ScottPlot's fit to the data, then the type's fixed range, then the declared min/max.</summary>
    private static AxisLimits OwnLimits(Panel panel)
    {
        var (context, drawn) = panel;
        if (drawn.NoData) return new AxisLimits(0, 1, 0, 1);
        var plot = context.Plot;
        plot.Axes.AutoScale();
        var fit = plot.Axes.GetLimits();
        var data = plot.Axes.GetDataLimits();
        var (left, right, bottom, top) = (fit.Left, fit.Right, fit.Bottom, fit.Top);
        var traits = context.TypeName;
        if (traits.ZeroBasedValues)
        {
            if (drawn.Horizontal) { if (data.Left >= 0) left = 0; }
            else if (data.Bottom >= 0) bottom = 0;
        }
        // Value labels stand beyond the bar ends: leave them room inside the plot area.
        if (context.Chart.Label is not null && traits.LabelHeadroom)
        {
            if (drawn.Horizontal) right += (right - left) * 0.08;
            else top += (top - bottom) * 0.08;
        }
        if (drawn.FixedValueLimits is { } fixedLimits)
        {
            if (drawn.Horizontal) (left, right) = fixedLimits;
            else (bottom, top) = fixedLimits;
        }
        (left, right) = Declared(drawn.XScale, left, right);
        (bottom, top) = Declared(drawn.YScale, bottom, top);
        return new AxisLimits(left, right, bottom, top);
    }

    private static (double, double) Declared(AxisScale scale, double min, double max)
    {
        if (scale.Encoding?.Min is { } declaredMin && scale.Map(declaredMin) is { } mappedMin) min = mappedMin;
        if (scale.Encoding?.Max is { } declaredMax && scale.Map(declaredMax) is { } mappedMax) max = mappedMax;
        if (!(max > min)) (min, max) = (min - 0.5, min + 0.5);
        return (min, max);
    }

    /// <summary>Stacked panels share their x axis when they position x the same way (same kind; same categories).</summary>
    private static bool SharesX(List<Panel> panels)
    {
        if (panels.Count < 2) return false;
        var first = panels[0].Drawn.XScale;
        return panels.Select(p => p.Drawn).All(d => !d.Horizontal && d.XScale.Kind == first.Kind && d.XScale.Log == first.Log &&
                                                    d.XScale.Categories.SequenceEqual(first.Categories));
    }

    /// <summary>One x range for all panels: a range declared on any panel wins, else the union of the panels' ranges.</summary>
    private static void ShareX(List<Panel> panels, AxisLimits[] limits)
    {
        var drawn = Enumerable.Range(0, panels.Count).Where(i => !panels[i].Drawn.NoData).ToArray();
        if (drawn.Length == 0) return;
        var left = drawn.Min(i => limits[i].Left);
        var right = drawn.Max(i => limits[i].Right);
        foreach (var xScale in panels.Select(p => p.Drawn.XScale))
        {
            var encoding = xScale.Encoding;
            if (encoding?.Min is { } min && xScale.Map(min) is { } mappedMin) left = mappedMin;
            if (encoding?.Max is { } max && xScale.Map(max) is { } mappedMax) right = mappedMax;
        }
        for (var i = 0; i < limits.Length; i++)
            limits[i] = new AxisLimits(left, right, limits[i].Bottom, limits[i].Top);
    }

    /// <summary>The entries this panel shows: its own, unless it hides them or a later panel lists the same ones.</summary>
    private static IReadOnlyList<LegendEntry>? LegendShownHere(List<Panel> panels, int index)
    {
        var (context, drawn) = panels[index];
        if (context.Chart.Legend is LegendPosition.None or LegendPosition.Direct || drawn.Legend.Count == 0 || drawn.NoData) return null;
        var labels = drawn.Legend.Select(e => e.Label).ToArray();
        var repeatedLater = panels.Skip(index + 1).Any(p => p.Context.Chart.Legend is not (LegendPosition.None or LegendPosition.Direct) && !p.Drawn.NoData &&
                                                            p.Drawn.Legend.Select(e => e.Label).SequenceEqual(labels));
        return repeatedLater ? null : drawn.Legend;
    }

    private static FinishedPanel Finish(Panel panel, AxisLimits limits, bool showX, IReadOnlyList<LegendEntry>? legend)
    {
        var (context, drawn) = panel;
        var plot = context.Plot;
        var chart = context.Chart;
        plot.Axes.SetLimits(limits);
        ThinOutlines(context, drawn.Horizontal, limits);
        var valueFormat = drawn.ValueFormat;
        AxisSetup.Apply(plot, plot.Axes.Bottom, drawn.XScale, limits.Left, limits.Right, showX ? drawn.XTitle : null,
            showX && !drawn.NoData && (chart.X?.ShowLabels ?? true), context, drawn.Horizontal ? valueFormat : null);
        AxisSetup.Apply(plot, plot.Axes.Left, drawn.YScale, limits.Bottom, limits.Top, drawn.YTitle,
            !drawn.NoData && (chart.Y?.ShowLabels ?? true), context, drawn.Horizontal ? null : valueFormat);
        LabelLayer? labels = null;
        ReleaseBand? band = null;
        if (drawn.NoData)
        {
            var text = plot.Add.Text("no data", 0.5, 0.5);
            text.LabelAlignment = Alignment.MiddleCenter;
            text.LabelFontSize = context.FontSize;
            text.LabelFontName = context.FontFamily;
            text.LabelFontColor = Colors.Gray;
            plot.HideGrid();
        }
        else
        {
            (var fixedTexts, band) = AnnotationDrawer.Draw(context, drawn, limits);
            labels = PlacePointLabels(context, drawn, fixedTexts);
        }
        if (chart.Title is not null) plot.Title(LabelText.Truncate(chart.Title, 90));
        if (legend is not null) LegendLayout.Show(plot, legend, chart.Legend, context.FontSize * 0.9f);
        if (drawn.ColorBar is { } bar && chart.Legend != LegendPosition.None && !drawn.NoData) plot.Axes.AddPanel(bar);
        return new FinishedPanel(panel, labels, band);
    }

    /// <summary>Keeps bar outlines to a tenth of their bar's drawn width (none on bars under 2 pt): a declared outline
    /// suits a few wide bars, but on hundreds of narrow weekly bars it would cover the fill and turn the panel black.
    /// The width is estimated from the figure's size, as ScottPlot lays the plot out later.</summary>
    private static void ThinOutlines(ChartContext context, bool horizontal, AxisLimits limits)
    {
        var span = horizontal ? limits.Top - limits.Bottom : limits.Right - limits.Left;
        var length = horizontal ? context.PanelHeight * 0.6 : context.FigureWidth * 0.84;
        if (!(span > 0)) return;
        foreach (var bars in context.Plot.GetPlottables<ScottPlot.Plottables.BarPlot>())
            foreach (var bar in bars.Bars)
            {
                var drawn = bar.Size / span * length;
                bar.LineWidth = drawn < 2 ? 0 : Math.Min(bar.LineWidth, (float)(drawn * 0.1));
            }
    }

    /// <summary>Labels at data points go on a layer that places them at draw time (<see cref="LabelLayer"/>), avoiding
    /// each other, the panel's points, bars and lines; a crowded chart keeps the first <see cref="MaxPointLabels"/> it can place.</summary>
    private static LabelLayer? PlacePointLabels(ChartContext context, DrawnPanel drawn, IReadOnlyList<LabelLayer.FixedText> fixedTexts)
    {
        if (drawn.PointLabels.Count == 0) return null;
        var most = context.Chart.Label?.Most;
        var layer = new LabelLayer(context.Typeface, context.FontSize * 0.75f, drawn.Horizontal, Math.Min(most ?? MaxPointLabels, MaxPointLabels));
        // A chosen number of labels goes to each series' highest point first, then to the highest values (the notable
        // points), as many as fit: a crowded corner of one series cannot take the names of the others' best.
        layer.Labels.AddRange(most is null ? drawn.PointLabels
            : drawn.PointLabels.OrderByDescending(l => l.SeriesBest).ThenByDescending(l => drawn.Horizontal ? l.X : l.Y));
        foreach (var (_, xs, ys) in drawn.SeriesPoints)
            for (var i = 0; i < xs.Length; i++)
                layer.Obstacles.Add(new CoordinateRect(xs[i], xs[i], ys[i], ys[i]));
        layer.Obstacles.AddRange(drawn.Obstacles);
        layer.Lines.AddRange(DrawnLines.Of(context.Plot, context.Plot.Axes.GetLimits()));
        layer.FixedTexts.AddRange(fixedTexts);
        context.Plot.Add.Plottable(layer);
        return layer;
    }

    /// <summary>Labels the drawn figure could not place: a warning each panel, naming the figure's spec where it declares them.</summary>
    private static IEnumerable<Diagnostic> Unplaced(FigureSpec figure, IEnumerable<FinishedPanel> panels)
    {
        foreach (var (panel, layer, band) in panels)
        {
            var context = panel.Context;
            var labels = layer?.Unplaced ?? [];
            if (labels.Count > 0 && context.Chart.Label?.Most is null)
            {
                var at = context.Chart.Label;
                yield return new Diagnostic(Severity.Warning,
                    $"figure '{figure.Id}': {labels.Count} of {panel.Drawn.PointLabels.Count} point labels could not be placed without overlapping " +
                    $"(left out: {string.Join(", ", labels.Take(5).Select(l => $"'{l}'"))}{(labels.Count > 5 ? ", ..." : "")})",
                    at?.Location ?? context.Chart.Location, at?.KeyPath ?? context.Chart.KeyPath,
                    "label fewer points (label: { at: last }), make the figure larger, or shorten the labels (truncate)");
            }
            if (band is { Unplaced.Count: > 0 })
                yield return new Diagnostic(Severity.Warning,
                    $"figure '{figure.Id}': {(band.Unplaced.Count == 1 ? "the label of 1 reference line" : $"the labels of {band.Unplaced.Count} reference lines")} " +
                    "found no place above the plot clear of the other labels and their leaders " +
                    $"(left out: {string.Join(", ", band.Unplaced.Select(l => $"'{l}'"))})",
                    context.Chart.Annotations[0].Location, SpecNode.Join(context.Chart.KeyPath, "annotations"),
                    "shorten the labels or mark fewer dates");
        }
    }
}
