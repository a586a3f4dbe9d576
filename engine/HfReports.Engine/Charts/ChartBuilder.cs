using HfReports.Engine.Charts.Annotations;
using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.Statistics;
using HfReports.Engine.Charts.Types;
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
public static class ChartBuilder
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
        try
        {
            foreach (var (chart, frame) in figure.Panels.Zip(panelFrames))
            {
                var plot = new Plot();
                PaperStyle.Apply(plot, fonts);
                var context = new ChartContext(chart, frame, plot, fonts, width) { PanelHeight = (float)(height * chart.HeightWeight / totalWeight) };
                contexts.Add(context);
                if (!ChartCatalog.TryFind(chart.Type, out var type, out _))
                    throw context.Error($"chart type '{chart.Type}' is not drawn; known types: {string.Join(", ", ChartCatalog.AllNames)}");
                type.Draw(context);
                context.XScale ??= AxisScale.Numeric(chart.X);
                context.YScale ??= AxisScale.Numeric(chart.Y);
                if (!context.NoData) TrendDrawer.Draw(context);
            }
            var limits = contexts.Select(OwnLimits).ToArray();
            var shared = SharesX(contexts);
            if (shared) ShareX(contexts, limits);
            for (var i = 0; i < contexts.Count; i++)
            {
                var isLast = i == contexts.Count - 1;
                var legend = LegendShownHere(contexts, i);
                Finish(contexts[i], limits[i], showX: !shared || isLast, legend);
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
        graphic.Warnings = Unplaced(figure, contexts).ToArray();
        return graphic;
    }

    /// <summary>The panel's own limits: ScottPlot's fit to the data, then the type's fixed range, then the declared min/max.</summary>
    private static AxisLimits OwnLimits(ChartContext context)
    {
        if (context.NoData) return new AxisLimits(0, 1, 0, 1);
        var plot = context.Plot;
        plot.Axes.AutoScale();
        var fit = plot.Axes.GetLimits();
        var data = plot.Axes.GetDataLimits();
        var (left, right, bottom, top) = (fit.Left, fit.Right, fit.Bottom, fit.Top);
        ChartCatalog.TryFind(context.Chart.Type, out _, out var traits);
        if (traits.ZeroBasedValues)
        {
            if (context.Horizontal) { if (data.Left >= 0) left = 0; }
            else if (data.Bottom >= 0) bottom = 0;
        }
        // Value labels stand beyond the bar ends: leave them room inside the plot area.
        if (context.Chart.Label is not null && traits.LabelHeadroom)
        {
            if (context.Horizontal) right += (right - left) * 0.08;
            else top += (top - bottom) * 0.08;
        }
        if (context.FixedValueLimits is { } fixedLimits)
        {
            if (context.Horizontal) (left, right) = fixedLimits;
            else (bottom, top) = fixedLimits;
        }
        (left, right) = Declared(context.XScale!, left, right);
        (bottom, top) = Declared(context.YScale!, bottom, top);
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
    private static bool SharesX(List<ChartContext> contexts)
    {
        if (contexts.Count < 2) return false;
        var first = contexts[0].XScale!;
        return contexts.All(c => !c.Horizontal && c.XScale!.Kind == first.Kind && c.XScale.Log == first.Log &&
                                 c.XScale.Categories.SequenceEqual(first.Categories));
    }

    /// <summary>One x range for all panels: a range declared on any panel wins, else the union of the panels' ranges.</summary>
    private static void ShareX(List<ChartContext> contexts, AxisLimits[] limits)
    {
        var drawn = Enumerable.Range(0, contexts.Count).Where(i => !contexts[i].NoData).ToArray();
        if (drawn.Length == 0) return;
        var left = drawn.Min(i => limits[i].Left);
        var right = drawn.Max(i => limits[i].Right);
        foreach (var context in contexts)
        {
            var encoding = context.XScale!.Encoding;
            if (encoding?.Min is { } min && context.XScale.Map(min) is { } mappedMin) left = mappedMin;
            if (encoding?.Max is { } max && context.XScale.Map(max) is { } mappedMax) right = mappedMax;
        }
        for (var i = 0; i < limits.Length; i++)
            limits[i] = new AxisLimits(left, right, limits[i].Bottom, limits[i].Top);
    }

    /// <summary>The entries this panel shows: its own, unless it hides them or a later panel lists the same ones.</summary>
    private static IReadOnlyList<LegendEntry>? LegendShownHere(List<ChartContext> contexts, int index)
    {
        var context = contexts[index];
        if (context.Chart.Legend is "none" or "direct" || context.Legend.Count == 0 || context.NoData) return null;
        var labels = context.Legend.Select(e => e.Label).ToArray();
        var repeatedLater = contexts.Skip(index + 1).Any(c => c.Chart.Legend is not ("none" or "direct") && !c.NoData && c.Legend.Select(e => e.Label).SequenceEqual(labels));
        return repeatedLater ? null : context.Legend;
    }

    private static void Finish(ChartContext context, AxisLimits limits, bool showX, IReadOnlyList<LegendEntry>? legend)
    {
        var plot = context.Plot;
        var chart = context.Chart;
        plot.Axes.SetLimits(limits);
        ThinOutlines(context, limits);
        var valueFormat = context.YFormat;
        AxisSetup.Apply(plot, plot.Axes.Bottom, context.XScale!, limits.Left, limits.Right, showX ? context.XTitle : null,
            showX && !context.NoData && (chart.X?.ShowLabels ?? true), context, context.Horizontal ? valueFormat : null);
        AxisSetup.Apply(plot, plot.Axes.Left, context.YScale!, limits.Bottom, limits.Top, context.YTitle,
            !context.NoData && (chart.Y?.ShowLabels ?? true), context, context.Horizontal ? null : valueFormat);
        if (context.NoData)
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
            AnnotationDrawer.Draw(context, limits);
            PlacePointLabels(context, limits);
        }
        if (chart.Title is not null) plot.Title(LabelText.Truncate(chart.Title, 90));
        if (legend is not null) LegendLayout.Show(plot, legend, chart.Legend, context.FontSize * 0.9f);
        if (context.ColorBar is { } bar && chart.Legend != "none" && !context.NoData) plot.Axes.AddPanel(bar);
    }

    /// <summary>Keeps bar outlines to a tenth of their bar's drawn width (none on bars under 2 pt): a declared outline
    /// suits a few wide bars, but on hundreds of narrow weekly bars it would cover the fill and turn the panel black.
    /// The width is estimated from the figure's size, as ScottPlot lays the plot out later.</summary>
    private static void ThinOutlines(ChartContext context, AxisLimits limits)
    {
        var span = context.Horizontal ? limits.Top - limits.Bottom : limits.Right - limits.Left;
        var length = context.Horizontal ? context.PanelHeight * 0.6 : context.FigureWidth * 0.84;
        if (!(span > 0)) return;
        foreach (var bars in context.Plot.GetPlottables<ScottPlot.Plottables.BarPlot>())
            foreach (var bar in bars.Bars)
            {
                var drawn = bar.Size / span * length;
                bar.LineWidth = drawn < 2 ? 0 : Math.Min(bar.LineWidth, (float)(drawn * 0.1));
            }
    }

    /// <summary>Labels at data points go on a layer that places them at draw time (<see cref="LabelLayer"/>), avoiding
    /// each other, the panel's points and bars; a crowded chart keeps the first <see cref="MaxPointLabels"/> it can place.</summary>
    private static void PlacePointLabels(ChartContext context, AxisLimits limits)
    {
        if (context.PointLabels.Count == 0) return;
        var layer = new LabelLayer(context.Typeface, context.FontSize * 0.75f, context.Horizontal, MaxPointLabels);
        layer.Labels.AddRange(context.PointLabels);
        foreach (var (_, xs, ys) in context.SeriesPoints)
            for (var i = 0; i < xs.Length; i++)
                layer.Obstacles.Add(new CoordinateRect(xs[i], xs[i], ys[i], ys[i]));
        layer.Obstacles.AddRange(context.Obstacles);
        layer.FixedTexts.AddRange(context.FixedTexts);
        context.Plot.Add.Plottable(layer);
        context.Labels = layer;
        _ = limits;
    }

    /// <summary>Labels the drawn figure could not place: a warning each panel, naming the figure's spec where it declares them.</summary>
    private static IEnumerable<Diagnostic> Unplaced(FigureSpec figure, IEnumerable<ChartContext> contexts)
    {
        foreach (var context in contexts)
        {
            var labels = context.Labels?.Unplaced ?? [];
            if (labels.Count > 0)
            {
                var at = context.Chart.Label;
                yield return new Diagnostic(Severity.Warning,
                    $"figure '{figure.Id}': {labels.Count} of {context.PointLabels.Count} point labels could not be placed without overlapping " +
                    $"(left out: {string.Join(", ", labels.Take(5).Select(l => $"'{l}'"))}{(labels.Count > 5 ? ", ..." : "")})",
                    at?.Location ?? context.Chart.Location, at?.KeyPath ?? context.Chart.KeyPath,
                    "label fewer points (label: { at: last }), make the figure larger, or shorten the labels (truncate)");
            }
            foreach (var band in context.Bands)
                if (band.Unplaced.Count > 0)
                    yield return new Diagnostic(Severity.Warning,
                        $"figure '{figure.Id}': the labels of {band.Unplaced.Count} reference lines found no free row above the plot " +
                        $"(left out: {string.Join(", ", band.Unplaced.Select(l => $"'{l}'"))})",
                        context.Chart.Annotations[0].Location, SpecNode.Join(context.Chart.KeyPath, "annotations"),
                        "shorten the labels or mark fewer dates");
        }
    }
}
