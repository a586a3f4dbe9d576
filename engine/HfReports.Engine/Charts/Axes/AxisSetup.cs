using System.Globalization;
using HfReports.Engine.Spec.Charts;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace HfReports.Engine.Charts.Axes;

/// <summary>
/// Configures one axis once its limits are known: ticks (category names, calendar dates, a fixed
/// numeric step, log decades or ScottPlot's automatic numbers), their format and rotation, and the
/// axis title. Rotated labels are measured here because ScottPlot sizes an axis for upright text.
/// </summary>
internal static class AxisSetup
{
    public static void Apply(Plot plot, IAxis axis, AxisScale scale, double min, double max, string? title, bool showTickLabels,
        ChartContext context, string? defaultFormat = null)
    {
        var encoding = scale.Encoding;
        var format = encoding?.Format ?? defaultFormat;
        var step = encoding?.Step is { } text && TickStep.TryParse(text, out var parsed) ? parsed : (TickStep?)null;
        var ticks = new List<(double Position, string Label)>();
        switch (scale.Kind)
        {
            case AxisKind.Category:
                var every = Math.Max(1, (int)(step?.Count ?? 1));
                for (var i = 0; i < scale.Categories.Count; i += every)
                    ticks.Add((i, LabelText.Truncate(scale.Categories[i], encoding?.Truncate)));
                break;
            case AxisKind.Date:
                ticks.AddRange(DateTicks.Generate(min, max, step, format));
                break;
            default:
                if (scale.Log) ticks.AddRange(LogTicks(min, max, format));
                else if (step is { Unit: TickUnit.Number } numeric) ticks.AddRange(StepTicks(min, max, numeric.Count, format));
                break;
        }

        if (ticks.Count > 0 || scale.Kind != AxisKind.Number)
        {
            var manual = new NumericManual();
            foreach (var (position, label) in ticks) manual.AddMajor(position, label);
            if (scale.Log)
                foreach (var minor in LogMinorTicks(min, max)) manual.AddMinor(minor);
            axis.TickGenerator = manual;
        }
        else if (format is not null)
        {
            axis.TickGenerator = new NumericAutomatic { LabelFormatter = v => FormatNumber(v, format) };
        }

        axis.Label.Text = title ?? "";
        var fontSize = axis.TickLabelStyle.FontSize;
        if (!showTickLabels)
        {
            axis.TickLabelStyle.IsVisible = false;
            return;
        }
        var rotate = encoding?.Rotate ?? AutoRotation(axis, ticks, context, fontSize);
        var thinned = TickThinning.Thin(ticks, scale, min, max, step, format, rotate, axis.Edge, context, fontSize);
        if (thinned.Count != ticks.Count)
        {
            ticks = thinned;
            var manual = new NumericManual();
            foreach (var (position, label) in ticks) manual.AddMajor(position, label);
            axis.TickGenerator = manual;
        }
        if (rotate is not 0 && axis.Edge == Edge.Bottom)
        {
            axis.TickLabelStyle.Rotation = (float)-rotate;
            axis.TickLabelStyle.Alignment = Math.Abs(rotate) >= 80 ? Alignment.MiddleRight : Alignment.UpperRight;
            var widest = ticks.Count == 0 ? 0 : ticks.Max(t => LabelText.Width(context.Typeface, fontSize, t.Label));
            var radians = Math.Abs(rotate) * Math.PI / 180;
            var labelHeight = (float)(widest * Math.Sin(radians) + fontSize * Math.Cos(radians));
            var titleHeight = string.IsNullOrEmpty(title) ? 0 : axis.Label.FontSize * 1.8f;
            axis.MinimumSize = labelHeight + titleHeight + 10;
        }
    }

    /// <summary>Tick labels wider than the space between ticks are turned: 45° when that is enough, else vertical.</summary>
    private static double AutoRotation(IAxis axis, List<(double Position, string Label)> ticks, ChartContext context, float fontSize)
    {
        if (axis.Edge != Edge.Bottom || ticks.Count < 2) return 0;
        var slot = context.FigureWidth * 0.85 / ticks.Count;
        var widest = ticks.Max(t => LabelText.Width(context.Typeface, fontSize, t.Label)) + fontSize * 0.8;
        return widest <= slot ? 0 : fontSize * 1.6 <= slot ? 45 : 90;
    }

    public static string FormatNumber(double value, string? format)
    {
        if (Math.Abs(value) < 1e-12) value = 0;
        return format is null
            ? value.ToString("0.####", CultureInfo.InvariantCulture)
            : value.ToString(format, CultureInfo.InvariantCulture);
    }

    private static IEnumerable<(double, string)> StepTicks(double min, double max, double step, string? format)
    {
        var first = Math.Ceiling(min / step - 1e-9) * step;
        for (var i = 0; i < 500; i++)
        {
            var position = first + i * step;
            if (position > max + step * 1e-9) yield break;
            yield return (position, FormatNumber(position, format));
        }
    }

    private static IEnumerable<(double, string)> LogTicks(double min, double max, string? format)
    {
        for (var decade = (int)Math.Ceiling(min - 1e-9); decade <= Math.Floor(max + 1e-9); decade++)
            yield return (decade, FormatNumber(Math.Pow(10, decade), format ?? "#,0.####"));
    }

    private static IEnumerable<double> LogMinorTicks(double min, double max)
    {
        for (var decade = (int)Math.Floor(min); decade <= Math.Ceiling(max); decade++)
            for (var m = 2; m <= 9; m++)
            {
                var position = decade + Math.Log10(m);
                if (position >= min && position <= max) yield return position;
            }
    }
}
