using System.Globalization;
using System.Xml.Linq;
using HfReports.Engine.Charts;
using HfReports.Engine.Charts.Statistics;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>Colour as a report-level decision (theme colour maps, series order, contrast), histogram bin placement,
/// and labels that cannot be placed becoming warnings.</summary>
public sealed class ColourAndLabelTests
{
    /// <summary>WCAG 2 contrast of a colour against white, computed here from the definition (not the engine's code).</summary>
    private static double ContrastOnWhite(string hex)
    {
        static double Channel(string hex, int at)
        {
            var c = int.Parse(hex.Substring(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Channel(hex, 1) + 0.7152 * Channel(hex, 3) + 0.0722 * Channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    [Fact]
    public void Every_colour_of_the_default_palette_has_3_to_1_contrast_on_white()
    {
        for (var i = 0; i < 12; i++)
        {
            var hex = NamedColors.ToHex(Palettes.Pick(null, i));
            Assert.True(ContrastOnWhite(hex) >= 3, $"{hex}: {ContrastOnWhite(hex):0.00}:1");
        }
        Assert.True(ContrastOnWhite("#FFFF99") < 1.1); // the oracle itself: Paired's pale yellow, which the default no longer has
    }

    [Fact]
    public void The_shipped_theme_colour_maps_have_3_to_1_contrast_on_white()
    {
        var manifest = ManifestLoader.Load(Path.Combine(Support.RepositoryRoot.Path, "reports.yaml"), new DiagnosticBag(), Engine.Build.EngineVocabulary.Manifest)!;
        Assert.Contains("model-type", manifest.Theme.Colors.Keys);
        foreach (var (variable, map) in manifest.Theme.Colors)
            foreach (var (value, color) in map)
                Assert.True(ContrastOnWhite(color) >= 3, $"{variable}.{value} {color}: {ContrastOnWhite(color):0.00}:1");
    }

    private static readonly Engine.Frames.Frame Kinds = Frame(
        Text("kind", "Other", "b", "a", "Unknown", "b", "b", "a"),
        Real("n", 1, 2, 3, 4, 5, 6, 70));

    private static string[] LegendOrder(Engine.Frames.Frame frame, string chart, FontRegistry? fonts = null)
    {
        using var graphic = ChartBuilder.Build(Figure("fig", Chart(chart)), frame, fonts ?? Fonts);
        return Texts(XDocument.Parse(graphic.ToSvg())).Where(t => t is "a" or "b" or "Other" or "Unknown").ToArray();
    }

    [Fact]
    public void Both_ends_of_the_date_gradient_have_3_to_1_contrast_on_white()
    {
        // The paper's gradient ends in lightgreen (#90EE90, 1.4:1), whose bars barely showed on the page.
        var scale = new HfReports.Engine.Charts.ColorScales.ContinuousScale(HfReports.Engine.Charts.ColorScales.ColorRamp.Date, 0, 1, null);
        foreach (var end in new[] { scale.Map(0), scale.Map(1) })
            Assert.True(ContrastOnWhite(end.ToHex()[..7]) >= 3, $"{end.ToHex()} has {ContrastOnWhite(end.ToHex()[..7]):0.00}:1");
        Assert.True(scale.Map(1).G > scale.Map(1).R && scale.Map(1).G > scale.Map(1).B, "the light end stays green");
    }

    [Fact]
    public void Every_date_on_the_gradient_keeps_its_colour_and_its_contrast()
    {
        // A straight RGB line from purple (#A020F0) to the darkened green (#5D9B5D) is #7E5EA6 halfway: a grey-mauve,
        // still more red than green, where mid-range dates could not be placed on the colour bar. The ramp turns through
        // blue instead, and no colour on it is greyer than its green end (channels 62 apart).
        var scale = new HfReports.Engine.Charts.ColorScales.ContinuousScale(HfReports.Engine.Charts.ColorScales.ColorRamp.Date, 0, 20, null);
        for (var step = 0; step <= 20; step++)
        {
            var colour = scale.Map(step);
            var spread = Math.Max(colour.R, Math.Max(colour.G, colour.B)) - Math.Min(colour.R, Math.Min(colour.G, colour.B));
            Assert.True(spread >= 60, $"{colour.ToHex()} at {step}/20 is greyish (channels {spread} apart)");
            Assert.True(ContrastOnWhite(colour.ToHex()[..7]) >= 3, $"{colour.ToHex()} at {step}/20");
        }
        var middle = scale.Map(10);
        Assert.True(middle.B > middle.G && middle.G > middle.R, $"{middle.ToHex()}: the middle of the ramp is blue, between purple and green");
    }

    [Fact]
    public void A_binned_scale_has_five_steps_unless_told_and_a_constant_maps_to_the_middle()
    {
        // ggplot's binned blue: #132B43 to #56B1F7 in 5 steps by default. Over 0..10 a step is 2 wide: 1.99 and 2.01 lie
        // in different steps, 2.01 and 3.99 in the same one.
        var binned = new HfReports.Engine.Charts.ColorScales.ContinuousScale(HfReports.Engine.Charts.ColorScales.ColorRamp.Binned, 0, 10, null);
        Assert.Equal(5, Enumerable.Range(0, 101).Select(i => binned.Map(i / 10.0).ToHex()).Distinct().Count());
        Assert.Equal("#132B43", binned.Map(0).ToHex()[..7]);
        Assert.Equal("#56B1F7", binned.Map(10).ToHex()[..7]);
        Assert.NotEqual(binned.Map(1.99), binned.Map(2.01));
        Assert.Equal(binned.Map(2.01), binned.Map(3.99));
        var three = new HfReports.Engine.Charts.ColorScales.ContinuousScale(HfReports.Engine.Charts.ColorScales.ColorRamp.Binned, 0, 10, 3);
        Assert.Equal(3, Enumerable.Range(0, 101).Select(i => three.Map(i / 10.0).ToHex()).Distinct().Count());
        // Every value of a constant column is the middle of the ramp (viridis' fifth of nine stops), not an end.
        var constant = new HfReports.Engine.Charts.ColorScales.ContinuousScale(HfReports.Engine.Charts.ColorScales.ColorRamp.Viridis, 3, 3, null);
        Assert.Equal("#21918C", constant.Map(3).ToHex()[..7]);
        Assert.Equal("#21918C", constant.Map(100).ToHex()[..7]);
    }

    [Fact]
    public void Series_are_ordered_by_name_by_frequency_by_value_or_by_list_with_catch_alls_last()
    {
        // One bar per category value on x, so the legend is the only place the kinds appear as text.
        const string chart = "{ type: column, x: { field: n, type: number }, y: n, color: { field: kind %ORDER% } }";
        Assert.Equal(["a", "b", "Other", "Unknown"], LegendOrder(Kinds, chart.Replace("%ORDER%", "")));
        Assert.Equal(["b", "a", "Other", "Unknown"], LegendOrder(Kinds, chart.Replace("%ORDER%", ", order: frequency"))); // b: 3 rows, a: 2
        // a: 73, b: 13; the catch-alls last, in the same order among themselves (Unknown: 4, Other: 1).
        Assert.Equal(["a", "b", "Unknown", "Other"], LegendOrder(Kinds, chart.Replace("%ORDER%", ", order: value")));
        Assert.Equal(["Unknown", "b", "a", "Other"], LegendOrder(Kinds, chart.Replace("%ORDER%", ", order: [Unknown, b]")));
    }

    [Fact]
    public void Ordering_by_value_ranks_series_by_their_total_not_their_largest_row()
    {
        // a: three rows of 10, total 30, largest 10; b: one row of 20, total 20, largest 20. By total a comes first.
        var frame = Frame(Text("kind", "a", "a", "a", "b"), Real("n", 10, 10, 10, 20));
        Assert.Equal(["a", "b"], LegendOrder(frame, "{ type: column, x: { field: n, type: number }, y: n, color: { field: kind, order: value } }"));
    }

    [Fact]
    public void A_chart_without_y_ordered_by_value_keeps_its_series_in_name_order()
    {
        // A density has no y to total: every series counts 0, and the stable order leaves them by name.
        var frame = Frame(Real("v", 7, 8, 8.5, 9, 1, 2, 2.5, 3), Text("kind", "b", "b", "b", "b", "a", "a", "a", "a"));
        Assert.Equal(["a", "b"], LegendOrder(frame, "{ type: density, x: v, color: { field: kind, order: value } }"));
    }

    [Fact]
    public void A_theme_colour_map_gives_a_value_the_same_colour_whichever_values_a_figure_shows()
    {
        var theme = new ThemeSpec() with
        {
            Colors = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>
            {
                ["kinds"] = [new("b", "#6A3D9A"), new("a", "#E66100")],
            }
        };
        var fonts = new FontRegistry(theme);
        const string chart = "{ type: column, x: { field: n, type: number }, y: n, color: { field: kind, colors: kinds } }";
        var all = Svg(Kinds, chart, fonts);
        var onlyA = Svg(Frame(Text("kind", "a"), Real("n", 1)), chart, fonts);
        // 'a' is orange in both figures, though it is the second series of one and the only series of the other.
        Assert.Equal(2 + 1, Rects(all, "#E66100"));
        Assert.Equal(1 + 1, Rects(onlyA, "#E66100"));
        Assert.Equal(3 + 1, Rects(all, "#6A3D9A"));
        // Values the map does not name take palette colours the map has not used.
        Assert.Equal(1 + 1, Rects(all, "#1F78B4"));
        Assert.Equal(1 + 1, Rects(all, "#33A02C"));
        Assert.Equal(["b", "a", "Other", "Unknown"], LegendOrder(Kinds, chart, fonts)); // the map's order, catch-alls last
    }

    [Fact]
    public void A_value_a_full_colour_map_does_not_name_takes_the_first_palette_colour_again()
    {
        // The map gives all twelve Contrast colours away, so no palette colour is free: after two rounds through the
        // palette (24 tries) the value takes the colour at index 24, which is 24 mod 12 = 0, #1F78B4.
        string[] contrast = ["#1F78B4", "#E66100", "#33A02C", "#E31A1C", "#6A3D9A", "#B15928", "#0E7C7B", "#C2338A", "#5D6D7E", "#8C6D00", "#4B5FC1", "#7A7A00"];
        var theme = new ThemeSpec() with
        {
            Colors = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>
            {
                ["full"] = contrast.Select((hex, i) => new KeyValuePair<string, string>($"k{i}", hex)).ToArray(),
            }
        };
        var svg = Svg(Frame(Text("kind", "z"), Real("n", 1)), "{ type: column, x: { field: n, type: number }, y: n, color: { field: kind, colors: full } }", new FontRegistry(theme));
        Assert.Equal(1 + 1, Rects(svg, "#1F78B4")); // the bar and its legend swatch
    }

    [Fact]
    public void An_unknown_colour_map_is_an_error_naming_the_maps_the_theme_has()
    {
        var error = Assert.Throws<ChartException>(() => ChartBuilder.Build(Figure("fig", Chart("{ type: column, x: kind, y: n, color: { field: kind, colors: nope } }")), Kinds, Fonts));
        Assert.Contains("'nope'", error.Message);
        Assert.Contains("theme.colors", error.Message);
    }

    private static XDocument Svg(Engine.Frames.Frame frame, string chart, FontRegistry fonts)
    {
        using var graphic = ChartBuilder.Build(Figure("fig", Chart(chart)), frame, fonts);
        return XDocument.Parse(graphic.ToSvg());
    }

    [Fact]
    public void Histogram_bins_can_be_centred_on_integers_or_start_at_a_boundary()
    {
        double[] values = [1, 2, 2, 3];
        // center 0, width 1: bins [0.5, 1.5), [1.5, 2.5), [2.5, 3.5): centres 1, 2, 3.
        Assert.Equal((0.5, 1.0, 3), Binning.Edges(values, 1, null, center: 0));
        Assert.Equal((0.5, 1.0, 3), Binning.Edges(values, 1, null, boundary: 2.5));
        // The default keeps edges at multiples of the width (1 and 2 share no bin with 3 only when edges fall on integers).
        Assert.Equal((1.0, 1.0, 3), Binning.Edges(values, 1, null));
        Assert.Contains(ChartErrors("{ type: histogram, x: v, bin_width: 1, center: 0, boundary: 0.5 }"), d => d.Message.Contains("give one of them"));
    }

    [Fact]
    public void Point_labels_that_find_no_place_are_a_warning_naming_the_label_encoding()
    {
        // Forty long labels on points stacked in one corner cannot all be placed.
        var n = 40;
        var frame = Frame(Real("x", Enumerable.Range(0, n).Select(i => (double?)(i * 0.001)).ToArray()),
            Real("y", Enumerable.Range(0, n).Select(i => (double?)(i * 0.001)).ToArray()),
            Text("name", Enumerable.Range(0, n).Select(i => $"a rather long model name {i}").ToArray()));
        using var graphic = ChartBuilder.Build(Figure("crowded", Chart("{ type: scatter, x: { field: x, min: 0, max: 100 }, y: { field: y, min: 0, max: 100 }, label: name }")), frame, Fonts);
        var warning = Assert.Single(graphic.Warnings);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("figure 'crowded'", warning.Message);
        Assert.Contains("could not be placed", warning.Message);
        Assert.Equal("chart.label", warning.KeyPath);
        Assert.Equal("test.yaml", warning.Location!.File);
    }

    [Fact]
    public void A_capped_label_encoding_names_the_highest_points_that_fit_and_leaves_the_rest_without_a_warning()
    {
        // Ten points spread over the plot, each with room for its label: most: 3 names the three highest (y 10, 9, 8).
        var frame = Frame(Real("x", Enumerable.Range(1, 10).Select(i => (double?)i * 10).ToArray()),
            Real("y", Enumerable.Range(1, 10).Select(i => (double?)i * 10).ToArray()),
            Text("name", Enumerable.Range(1, 10).Select(i => $"m{i}").ToArray()));
        using var graphic = ChartBuilder.Build(Figure("capped", Chart(
            "{ type: scatter, x: { field: x, min: 0, max: 110 }, y: { field: y, min: 0, max: 110 }, label: { field: name, most: 3 } }")), frame, Fonts);
        Assert.Empty(graphic.Warnings);
        var names = Texts(XDocument.Parse(graphic.ToSvg())).Where(t => t.StartsWith('m')).Order().ToArray();
        Assert.Equal(["m10", "m8", "m9"], names);
        Assert.Contains(ChartErrors("{ type: scatter, x: x, y: y, label: { field: name, most: 0 } }"), d => d.Message.Contains("'most' must be at least 1"));
    }

    [Fact]
    public void Release_dates_a_few_days_apart_share_one_label_and_all_labels_are_placed()
    {
        var frame = Frame(Dates("day", "2024-01-01", "2024-06-01"), Real("n", 1, 2));
        var chart = "{ type: line, x: day, y: n, annotations: [{ vline: 2024-04-10, label: Mixtral 8x22B }, { vline: 2024-04-12, label: LLama3 }, { vline: 2024-02-01, label: Gemini1.5 }] }";
        using var graphic = ChartBuilder.Build(Figure("fig", Chart(chart)), frame, Fonts);
        Assert.Empty(graphic.Warnings);
        var texts = Texts(XDocument.Parse(graphic.ToSvg()));
        Assert.Contains("Mixtral 8x22B, LLama3", texts);
        Assert.Contains("Gemini1.5", texts);
    }
    [Fact]
    public void Release_labels_hang_from_their_dates_when_that_costs_one_row_more_at_most()
    {
        // Lines 19 days apart (1 Apr, 20 Apr, 9 May): the long label of 1 Apr ending at its line would cover no other
        // line and keep one row, but every label starting at its line reads as a set, for one row more. Then each text
        // starts 2 px before its line, so the texts stand as far apart as their lines: 19 days and 19 days.
        var frame = Frame(Dates("day", "2024-01-01", "2024-06-01"), Real("n", 1, 2));
        var chart = "{ type: line, x: day, y: n, annotations: [{ vline: 2024-04-01, label: Alpha release long name }, { vline: 2024-04-20, label: Beta }, { vline: 2024-05-09, label: Gamma }] }";
        using var graphic = ChartBuilder.Build(Figure("fig", Chart(chart)), frame, Fonts);
        Assert.Empty(graphic.Warnings);
        var texts = XDocument.Parse(graphic.ToSvg()).Descendants(SvgNs + "text").ToArray();
        double At(string name) => X(texts.Single(t => t.Value.Trim() == name));
        Assert.Equal(At("Gamma") - At("Beta"), At("Beta") - At("Alpha release long name"), 1.5);
    }

    [Fact]
    public void Two_release_labels_that_each_cover_the_others_line_do_not_push_the_rest_out_of_the_band()
    {
        // The paper's 13 release dates over Jan 2023 - Jun 2024 in a figure six inches wide: crowded enough that some
        // label's every place covers the line of a label whose text covers its own. Neither can stand above the other,
        // and stacking them had pushed both, and every label above them, past the band's last row (5 left out on the
        // 1M-model demo). Such a label is left out alone now.
        var frame = Frame(Dates("day", "2023-01-01", "2024-06-01"), Real("n", 40000, 1));
        string[] dates = ["2023-02-24", "2023-04-24", "2023-07-18", "2023-09-20", "2023-10-17", "2023-12-06", "2023-12-11", "2024-01-11", "2024-02-15", "2024-04-10", "2024-04-18", "2024-04-22", "2024-05-22"];
        string[] names = ["LLama1", "Falcon-7B", "LLama2", "Mistral7b-v0.1", "Phi1 and Phi1.5", "Gemini1.0", "Mistral7b-v0.2 and Mixtral 8x7B", "Phi2", "Gemini1.5", "Mixtral 8x22B", "LLama3", "Phi3-mini", "Mistral7b-v0.3"];
        var annotations = string.Join(", ", dates.Zip(names, (d, n) => $"{{ vline: {d}, label: {n} }}"));
        using var graphic = ChartBuilder.Build(Figure("fig", Chart($"{{ type: line, x: day, y: n, annotations: [{annotations}] }}")), frame, Fonts);
        var leftOut = graphic.Warnings.Select(w => w.Message).SingleOrDefault(m => m.Contains("reference line")) ?? "";
        Assert.True(leftOut == "" || leftOut.Contains("the label of 1 reference line found no place"), leftOut);
        var texts = Texts(XDocument.Parse(graphic.ToSvg()));
        Assert.True(texts.Count(t => names.Any(t.Contains)) >= 8, string.Join(" | ", texts));
    }

    [Fact]
    public void Direct_labels_name_each_line_at_its_end_in_the_order_the_lines_end_instead_of_a_legend()
    {
        // alpha ends high (9), beta low (1): alpha's name stands above beta's, both in the right half, and no legend repeats them.
        var frame = Frame(Real("x", 1, 2, 3, 1, 2, 3), Real("y", 2, 5, 9, 6, 3, 1), Text("s", "alpha", "alpha", "alpha", "beta", "beta", "beta"));
        XElement[] Names(string legend)
        {
            using var graphic = ChartBuilder.Build(Figure("fig", Chart($"{{ type: line, x: {{ field: x, type: number }}, y: y, color: s, legend: {legend} }}")), frame, Fonts);
            Assert.Empty(graphic.Warnings);
            return XDocument.Parse(graphic.ToSvg()).Descendants(SvgNs + "text").Where(t => t.Value.Trim() is "alpha" or "beta").ToArray();
        }
        var direct = Names("direct");
        Assert.Equal(["alpha", "beta"], direct.Select(t => t.Value.Trim()).Order());
        var (alpha, beta) = (direct.Single(t => t.Value.Trim() == "alpha"), direct.Single(t => t.Value.Trim() == "beta"));
        Assert.True(Y(alpha) < Y(beta), $"alpha at y {Y(alpha)} should stand above beta at y {Y(beta)}");
        Assert.All(direct, t => Assert.True(X(t) > 6 * 72 / 2.0, $"'{t.Value}' at x {X(t)} is not near the lines' end"));
        // With a legend, the names appear once each too, but below the plot, side by side.
        var legend = Names("bottom");
        Assert.Equal(2, legend.Length);
        Assert.Equal(Y(legend[0]), Y(legend[1]), 1);
    }

    [Fact]
    public void Twelve_horizontal_bars_in_a_three_inch_figure_keep_every_category_label()
    {
        // 12 bars over about 150 pt of plot: 12 pt a bar, room for a 7 pt label each (they were thinned to every other one).
        var names = Enumerable.Range(1, 12).Select(i => $"owner{i:00}").ToArray();
        var frame = Frame(Text("owner", names), Real("n", Enumerable.Range(1, 12).Select(i => (double?)(70 - i)).ToArray()));
        using var graphic = ChartBuilder.Build(Figure("fig", Chart("{ type: bar, x: owner, y: n }")), frame, Fonts);
        var texts = Texts(XDocument.Parse(graphic.ToSvg()));
        Assert.All(names, name => Assert.Contains(name, texts));
    }

    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    private static double X(XElement text) => Coordinate(text, "x", 0);
    private static double Y(XElement text) => Coordinate(text, "y", 1);

    /// <summary>A text's position: its x/y attribute, or the translation of its transform.</summary>
    private static double Coordinate(XElement text, string attribute, int index)
    {
        if (text.Attribute(attribute) is { } a) return double.Parse(a.Value.Split(' ', ',')[0], CultureInfo.InvariantCulture);
        var transform = (string?)text.Attribute("transform") ?? throw new InvalidOperationException(text.ToString());
        var numbers = transform[(transform.IndexOf('(') + 1)..transform.IndexOf(')')].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return double.Parse(numbers[numbers.Length == 6 ? 4 + index : index], CultureInfo.InvariantCulture);
    }
}
