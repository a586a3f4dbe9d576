using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Spec.Charts;
using ScottPlot;

namespace HfReports.Engine.Charts.Annotations;

/// <summary>
/// Draws a chart's annotations once its limits are known. Reference lines follow the paper's
/// release-date marks: a thin dashed line whose label stands in a band above the plot
/// (<see cref="ReleaseBand"/>), or, with label_at, rotated 90° just left of the line and centred there.
/// Returns the texts it placed, which point labels must not cover, and the band of labels above the plot.
/// </summary>
internal static class AnnotationDrawer
{
    private static readonly Color DefaultColor = Color.FromHex("#5D6066");

    public static (IReadOnlyList<LabelLayer.FixedText> FixedTexts, ReleaseBand? Band) Draw(ChartContext context, DrawnPanel panel, AxisLimits limits)
    {
        var bandMarks = new List<ReleaseBand.Mark>();
        var fixedTexts = new List<LabelLayer.FixedText>();
        foreach (var annotation in context.Chart.Annotations)
        {
            // Lines and marks keep 3:1 against the page, their text 4.5:1 (a declared pink or cyan is darkened until it does).
            var declared = NamedColors.Parse(annotation.Color, DefaultColor);
            var color = Contrast.AtLeast(declared, Contrast.Graphics);
            var textColor = Contrast.AtLeast(declared, Contrast.Text);
            var fontSize = (float)(annotation.FontSize ?? context.FontSize * 0.85);
            switch (annotation.Kind)
            {
                case AnnotationKind.Vline:
                    {
                        var x = Position(panel.XScale, annotation.At, annotation, "x");
                        if (x < limits.Left || x > limits.Right) continue;
                        var line = context.Plot.Add.VerticalLine(x, 0.6f, color, annotation.Dash ? LinePattern.Dashed : LinePattern.Solid);
                        line.ExcludeFromLegend = true;
                        if (annotation.Label is null) break;
                        if (annotation.LabelAt is null)
                        {
                            bandMarks.Add(new ReleaseBand.Mark(x, LabelText.Truncate(annotation.Label, 48), textColor, color));
                            break;
                        }
                        // The label from the top, or is centred on label_at: its end goes half its length (in data units, from the panel's estimated height) above.
                        var label = LabelText.Truncate(annotation.Label, 48);
                        var halfLength = LabelText.Width(context.Typeface, fontSize, label) / 2 * (limits.Top - limits.Bottom) / (context.PanelHeight * 0.65);
                        var at = annotation.LabelAt is null ? limits.Top - (limits.Top - limits.Bottom) * 0.02
                            : Math.Min(Position(panel.YScale, annotation.LabelAt, annotation, "y") + halfLength, limits.Top);
                        var text = Label(context, label, x, at, textColor, fontSize);
                        text.LabelRotation = -90;
                        text.LabelAlignment = Alignment.LowerRight;
                        text.LabelOffsetX = -1;
                        break;
                    }
                case AnnotationKind.Hline:
                    {
                        var y = Position(panel.YScale, annotation.At, annotation, "y");
                        if (y < limits.Bottom || y > limits.Top) continue;
                        var line = context.Plot.Add.HorizontalLine(y, 0.6f, color, annotation.Dash ? LinePattern.Dashed : LinePattern.Solid);
                        line.ExcludeFromLegend = true;
                        if (annotation.Label is null) break;
                        var at = annotation.LabelAt is null ? limits.Right - (limits.Right - limits.Left) * 0.01 : Position(panel.XScale, annotation.LabelAt, annotation, "x");
                        var alignment = annotation.LabelAt is null ? Alignment.LowerRight : Alignment.LowerCenter;
                        FixedLabel(context, fixedTexts, annotation.Label, at, y, textColor, fontSize, alignment).LabelOffsetY = -1;
                        break;
                    }
                case AnnotationKind.Xrange:
                    {
                        var (from, to) = (Position(panel.XScale, annotation.At, annotation, "x"), Position(panel.XScale, annotation.To!, annotation, "x"));
                        var span = context.Plot.Add.HorizontalSpan(from, to, declared.WithAlpha(annotation.Opacity ?? 0.15));
                        span.LineWidth = 0;
                        span.EnableAutoscale = false;
                        if (annotation.Label is not null)
                            FixedLabel(context, fixedTexts, annotation.Label, Math.Min(from, to), limits.Top, Contrast.AtLeast(declared.Darken(0.3), Contrast.Text), fontSize, Alignment.UpperLeft);
                        break;
                    }
                case AnnotationKind.Yrange:
                    {
                        var (from, to) = (Position(panel.YScale, annotation.At, annotation, "y"), Position(panel.YScale, annotation.To!, annotation, "y"));
                        var span = context.Plot.Add.VerticalSpan(from, to, declared.WithAlpha(annotation.Opacity ?? 0.15));
                        span.LineWidth = 0;
                        span.EnableAutoscale = false;
                        if (annotation.Label is not null)
                            FixedLabel(context, fixedTexts, annotation.Label, limits.Left, Math.Max(from, to), Contrast.AtLeast(declared.Darken(0.3), Contrast.Text), fontSize, Alignment.UpperLeft);
                        break;
                    }
                case AnnotationKind.Text:
                    {
                        var (x, y) = (Position(panel.XScale, annotation.At, annotation, "x"), Position(panel.YScale, annotation.To!, annotation, "y"));
                        FixedLabel(context, fixedTexts, annotation.Label ?? "", x, y, Contrast.AtLeast(NamedColors.Parse(annotation.Color, Colors.Black), Contrast.Text), fontSize, Alignment.MiddleCenter);
                        break;
                    }
            }
        }
        if (bandMarks.Count == 0) return (fixedTexts, null);
        var band = new ReleaseBand(bandMarks, context.Plot.Axes.Bottom, context.Typeface, (float)(context.FontSize * 0.85), context.FigureWidth);
        context.Plot.Axes.AddPanel(band);
        return (fixedTexts, band);
    }

    /// <summary>A label fixed where the annotation says, recorded among the texts point labels keep clear of.</summary>
    private static ScottPlot.Plottables.Text FixedLabel(ChartContext context, List<LabelLayer.FixedText> fixedTexts, string label, double x, double y,
        Color color, float size, Alignment alignment)
    {
        var text = Label(context, label, x, y, color, size);
        text.LabelAlignment = alignment;
        fixedTexts.Add(new(x, y, text.LabelText, size, alignment));
        return text;
    }

    private static ScottPlot.Plottables.Text Label(ChartContext context, string label, double x, double y, Color color, float size)
    {
        var text = new ScottPlot.Plottables.Text { LabelText = LabelText.Truncate(label, 48), Location = new Coordinates(x, y) };
        // Its keeper goes first, so that every render draws the text where it is inside the plot.
        context.Plot.Add.Plottable(new KeepInsidePlot(text));
        context.Plot.Add.Plottable(text);
        text.LabelFontSize = size;
        text.LabelFontName = context.FontFamily;
        text.LabelFontColor = color;
        return text;
    }

    private static double Position(AxisScale scale, string text, AnnotationSpec annotation, string axis) =>
        scale.Parse(text) ?? throw new ChartException(
            $"the annotation position '{text}' cannot be placed on the {axis} axis ({scale.Kind.ToString().ToLowerInvariant()}" +
            (scale.Kind == AxisKind.Date ? ": write a date as YYYY-MM-DD" : scale.Kind == AxisKind.Category ? ": name one of its categories" : "") + ")",
            annotation.Location, annotation.KeyPath);
}
