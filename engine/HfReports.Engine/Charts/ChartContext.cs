using HfReports.Engine.Charts.Axes;
using HfReports.Engine.Charts.ColorScales;
using HfReports.Engine.Charts.Types;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;
using HfReports.Engine.Theme;
using ScottPlot;

namespace HfReports.Engine.Charts;

/// <summary>
/// What a chart type draws with: the panel's plot, its spec and frame, the theme's fonts, and the
/// shared decisions every type makes the same way (which column a channel names, how rows split
/// into colour series, which colour each series gets). It holds no results: a chart type returns what
/// it drew as a <see cref="DrawnPanel"/>.
/// </summary>
internal sealed class ChartContext(ChartSpec chart, ChartName typeName, Frame frame, Plot plot, FontRegistry fonts, float figureWidth)
{
    public const int DefaultMaxCategories = 200;
    public const int MaxColorCategories = 40;

    public ChartSpec Chart { get; } = chart;

    /// <summary>The catalogued name the chart's type was found by: a type that answers to two names draws the one it
    /// was named by, and the builder reads its traits.</summary>
    public ChartName TypeName { get; } = typeName;

    public Frame Frame { get; } = frame;
    public Plot Plot { get; } = plot;
    public FontRegistry Fonts { get; } = fonts;
    public float FigureWidth { get; } = figureWidth;

    /// <summary>The colour of label text: near-black, as ggplot's default text.</summary>
    public static readonly Color LabelColor = Color.FromHex("#262626");

    public int MaxCategories => Chart.Marks.MaxCategories ?? DefaultMaxCategories;

    public ChartException Error(string message, EncodingSpec? at = null) =>
        new(message, at?.Location ?? Chart.Location, at?.KeyPath ?? Chart.KeyPath);

    public FrameColumn Column(EncodingSpec? encoding, string channel)
    {
        if (encoding is null || encoding.Field.Length == 0)
            throw Error($"a {Chart.Type} chart needs a field for '{channel}'", encoding);
        return Frame.Find(encoding.Field) ?? throw Error(
            $"'{channel}' names the field '{encoding.Field}', but the frame has: {string.Join(", ", Frame.ColumnNames)}",
            encoding);
    }

    public FrameColumn? OptionalColumn(EncodingSpec? encoding, string channel) => encoding is null ? null : Column(encoding, channel);

    public AxisScale Axis(EncodingSpec encoding, FrameColumn column) => AxisScale.For(encoding, column, MaxCategories, this);

    public string Title(EncodingSpec? encoding, string fallback = "") => encoding?.Title ?? encoding?.Field ?? fallback;

    /// <summary>The x and y columns of a chart of values over x (lines, areas): x on its own axis, y numeric; the
    /// panel holds the scales and titles, to which the type adds what it draws.</summary>
    public (FrameColumn X, FrameColumn Y, DrawnPanel Panel) ValuesOverX()
    {
        var x = Column(Chart.X, "x");
        var y = Column(Chart.Y, "y");
        return (x, y, new DrawnPanel(Axis(Chart.X!, x), AxisScale.Numeric(Chart.Y), Title(Chart.X), Title(Chart.Y)));
    }

    /// <summary>The colour of marks when no colour field splits them.</summary>
    public Color SingleColor => NamedColors.Parse(Chart.Marks.Fill, Color.FromHex("#1F78B4"));

    public Color OutlineColor => NamedColors.Parse(Chart.Marks.Outline, Colors.Black);

    /// <summary>Whether the colour field is a continuous scale (numbers or dates shading each mark) rather than series.</summary>
    public bool ColorIsContinuous(bool seriesOnly = false)
    {
        if (Chart.Color is not { } color || seriesOnly) return false;
        if (color.Scale is { } scale) return scale != EncodingScale.Categorical;
        var column = Column(color, "color");
        return column.Type is ColumnType.Date or ColumnType.Real;
    }

    /// <summary>A continuous colour scale over a field's values (the colour field unless told), with its colour bar
    /// legend; null when the field has no values.</summary>
    public (ContinuousScale Scale, ColorBarLegend Bar)? ContinuousColors(EncodingSpec? encoding = null, ColorRamp? ramp = null, (double, double)? range = null)
    {
        var color = encoding ?? Chart.Color!;
        var column = Column(color, encoding is null ? "color" : "value");
        var values = Enumerable.Range(0, column.Count).Select(column.AsDouble).OfType<double>().Where(double.IsFinite).ToArray();
        if (values.Length == 0 && range is null) return null;
        var kind = color.Scale switch
        {
            EncodingScale.Viridis => ColorRamp.Viridis,
            EncodingScale.Date => ColorRamp.Date,
            EncodingScale.Binned => ColorRamp.Binned,
            EncodingScale.Categorical or EncodingScale.Linear or EncodingScale.Log or null =>
                ramp ?? (column.Type == ColumnType.Date ? ColorRamp.Date : ColorRamp.Viridis),
        };
        var (min, max) = range ?? (color.Min ?? values.Min(), color.Max ?? values.Max());
        var scale = new ContinuousScale(kind, min, max, color.Bins);
        var isDate = column.Type == ColumnType.Date;
        Func<double, string> format = value => isDate
            ? DateNumbers.FromNumber(value).ToString(DateTicks.DotNetFormat(color.Format) ?? "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : AxisSetup.FormatNumber(value, color.Format ?? (kind == ColorRamp.Binned ? "0" : "0.##"));
        var bar = new ColorBarLegend(scale, color.Title ?? color.Field, format, Typeface, FontSize * 0.85f);
        return (scale, bar);
    }

    /// <summary>Rows split by the colour field into series, in the declared order (a list, or by frequency, by value
    /// or by name; the theme's colour map's order when it names one) with "Other", "Unknown" and missing values last;
    /// each series gets the colour the spec or the theme's colour map fixes for its value, else the next palette colour.</summary>
    public IReadOnlyList<Series> Series(IEnumerable<int>? rows = null)
    {
        var all = (rows ?? Enumerable.Range(0, Frame.RowCount)).ToArray();
        if (Chart.Color is not { } color)
            return [new Series("", all, SingleColor, 0)];
        var column = Column(color, "color");
        var map = ColorMap(color);
        var groups = SeriesOrder.Arrange(all.GroupBy(r => column[r] is null ? null : AxisScale.CategoryName(column[r])).ToArray(),
            column, color, map?.Select(p => p.Key).ToArray(), ValueTotal);
        if (groups.Count > MaxColorCategories)
            throw Error($"'{color.Field}' has {groups.Count} values, too many to tell apart by colour (at most {MaxColorCategories}); " +
                "lump the rarest into 'Other' in the query or a transform", color);
        var mapped = map?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        // Values the map does not name take the palette's next colour that the map has not given to another value.
        var taken = map?.Select(p => NamedColors.Parse(p.Value, Colors.Gray).ARGB).ToHashSet() ?? [];
        var next = 0;
        Color NextPaletteColor()
        {
            for (var tries = 0; tries < 24; tries++)
            {
                var candidate = Palettes.Pick(color.Palette, next++);
                if (!taken.Contains(candidate.ARGB)) return candidate;
            }
            return Palettes.Pick(color.Palette, next++);
        }
        return groups.Select((g, i) =>
        {
            var name = g.Key ?? "NA";
            var fill = color.Values.TryGetValue(name, out var fixedColor) ? NamedColors.Parse(fixedColor, Colors.Gray)
                : mapped is not null && mapped.TryGetValue(name, out var themed) ? NamedColors.Parse(themed, Colors.Gray)
                : g.Key is null ? Color.FromHex("#7F7F7F")
                : NextPaletteColor();
            return new Series(LabelText.Truncate(name, color.Truncate), g.ToArray(), fill, i);
        }).ToArray();
    }

    /// <summary>The theme's colour map the colour encoding names; an unknown name is the spec's mistake.</summary>
    private IReadOnlyList<KeyValuePair<string, string>>? ColorMap(EncodingSpec color)
    {
        if (color.Colors is not { } name) return null;
        return Fonts.Theme.Colors.TryGetValue(name, out var map) ? map : throw Error(
            $"'colors' names the colour map '{name}', but the theme declares " +
            (Fonts.Theme.Colors.Count == 0 ? "none (add theme.colors in the manifest)" : string.Join(", ", Fonts.Theme.Colors.Keys)), color);
    }

    /// <summary>A row's value on the value axis (y, or x for lying bars), for ordering series by value.</summary>
    private double ValueTotal(IEnumerable<int> rows)
    {
        var y = Chart.Y is { Field.Length: > 0 } ? Frame.Find(Chart.Y.Field) : null;
        return y is null ? 0 : rows.Sum(r => y.AsDouble(r) ?? 0);
    }

    /// <summary>Data positions of rows with both an x and a y, sorted by x.</summary>
    /// <summary>Marks a series may draw one per row (points of a scatter, vertices of lines, areas and segments, cells
    /// of a heatmap): each is a shape in the SVG and the PDF, and a million of them is hundreds of megabytes of SVG.</summary>
    public const int MaxMarks = 250_000;

    /// <summary>Past <see cref="MaxMarks"/>, a <see cref="TooManyMarksException"/> that the chart builder reports at the chart.</summary>
    public static void CheckMarks(int count)
    {
        if (count > MaxMarks) throw new TooManyMarksException(count);
    }

    public static (double[] Xs, double[] Ys, int[] Rows) Points(IEnumerable<int> rows, FrameColumn x, FrameColumn y, DrawnPanel panel)
    {
        var points = new List<(double X, double Y, int Row)>();
        foreach (var row in rows)
            if (panel.XScale.Position(x, row) is { } px && panel.YScale.Position(y, row) is { } py)
                points.Add((px, py, row));
        CheckMarks(points.Count);
        points.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Row.CompareTo(b.Row));
        return (points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), points.Select(p => p.Row).ToArray());
    }

    public float FontSize => PaperStyle.FontSize(Fonts);
    public SkiaSharp.SKTypeface Typeface => PaperStyle.Typeface(Fonts);
    public string FontFamily => PaperStyle.FontFamily(Fonts);
    public float PanelHeight { get; init; }
}

/// <summary>A series would draw more marks than a figure may (<see cref="ChartContext.MaxMarks"/>).</summary>
internal sealed class TooManyMarksException(int count)
    : Exception($"the chart would draw {count:N0} marks (one per row), more than the {ChartContext.MaxMarks:N0} a figure may draw; aggregate or sample the rows in SQL");
