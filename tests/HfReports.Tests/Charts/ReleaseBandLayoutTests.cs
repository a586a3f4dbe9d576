using System.Globalization;
using System.Xml.Linq;
using HfReports.Engine.Charts;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using SkiaSharp;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>The band of reference-line labels above the plot, checked against pixel positions worked out by hand from
/// its rules: a label starts 2 px before its line (or ends 2 px after it), lines under 7 px apart share a label, a label
/// over another's line stands a row higher, rows are 1.3 font sizes apart and the band is rows * 1.3 + 0.6 font sizes
/// tall, and each line gets a leader (0.4 px) from just under its text down to the plot's top at the line's x.</summary>
public sealed class ReleaseBandLayoutTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>The band's font: 0.85 of the figure's 8 pt (6.8 px); read back from the SVG, checked here once.</summary>
    private const float FontSize = 6.8f;

    // A numeric x axis from 0 to 100 over a plot about 380 px wide (3.8 px a unit), so lines stand where the test wants.
    private static string Chart(string annotations) =>
        $"{{ type: line, x: {{ field: x, type: number, min: 0, max: 100 }}, y: {{ field: y, min: 0, max: 100 }}, annotations: [{annotations}] }}";

    private static readonly Engine.Frames.Frame Data = Frame(Real("x", 0, 100), Real("y", 0, 100));

    private sealed record Text(string Value, double X, double Baseline, string Fill, double Size);
    private sealed record Segment(double X1, double Y1, double X2, double Y2);
    private sealed record Drawing(IReadOnlyList<Text> Texts, IReadOnlyList<Segment> Leaders, IReadOnlyList<double> Lines,
        double PlotLeft, double PlotTop, double PlotRight, IReadOnlyList<Diagnostic> Warnings);

    private static double Number(string s) => double.Parse(s.Trim().TrimEnd(','), CultureInfo.InvariantCulture);

    private static Segment Parse(string d)
    {
        // Skia writes a line as "M x1 y1L x2 y2".
        var parts = d.TrimStart('M').Split('L');
        var (a, b) = (parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return new Segment(Number(a[0]), Number(a[1]), Number(b[0]), Number(b[1]));
    }

    private static Drawing Draw(string annotations, float widthInches = 6)
    {
        var location = new SourceLocation("test.yaml", 1, 1);
        var data = new DataSpec("select 1", null, new Dictionary<string, object?>(), new Dictionary<string, ColumnType>(), [], location, "figure.data");
        var figure = new FigureSpec("fig", null, "caption", data, [ChartFixture.Chart(Chart(annotations))], widthInches, 3, location, "figure");
        using var graphic = ChartBuilder.Build(figure, Data, Fonts);
        var svg = XDocument.Parse(graphic.ToSvg());
        var texts = svg.Descendants(Ns + "text").Where(t => t.Attribute("transform") is null).Select(t => new Text(t.Value.Trim(),
            Number(((string)t.Attribute("x")!).Split(',')[0]), Number(((string)t.Attribute("y")!).Split(',')[0]),
            (string?)t.Attribute("fill") ?? "", Number((string)t.Attribute("font-size")!))).ToArray();
        var paths = svg.Descendants(Ns + "path").ToArray();
        var leaders = paths.Where(p => (string?)p.Attribute("stroke-width") == "0.40000001").Select(p => Parse((string)p.Attribute("d")!)).ToArray();
        // The reference lines themselves: solid 0.6 px vertical strokes in colour (the axes are black).
        var lines = paths.Where(p => (string?)p.Attribute("stroke-width") == "0.60000002" && (string?)p.Attribute("stroke") != "black")
            .Select(p => Parse((string)p.Attribute("d")!)).Where(s => s.X1 == s.X2 && s.Y1 != s.Y2).Select(s => s.X1).Order().ToArray();
        var clip = svg.Descendants(Ns + "clipPath").First().Element(Ns + "rect")!;
        var (left, top, width) = (Number((string)clip.Attribute("x")!), Number((string)clip.Attribute("y")!), Number((string)clip.Attribute("width")!));
        return new Drawing(texts, leaders, lines, left, top, left + width, graphic.Warnings.ToArray());
    }

    /// <summary>The plot's top without any band: what the axis frame above the plot takes (the band sits above it).</summary>
    private static double BareTop()
    {
        using var graphic = Build(Data, "{ type: line, x: { field: x, type: number, min: 0, max: 100 }, y: { field: y, min: 0, max: 100 } }");
        var svg = XDocument.Parse(graphic.ToSvg());
        return Number((string)svg.Descendants(Ns + "clipPath").First().Element(Ns + "rect")!.Attribute("y")!);
    }

    private static float Width(string text) => new SKFont(Fonts.Serif, FontSize).MeasureText(text);

    private static Text Label(Drawing drawing, string value) => Assert.Single(drawing.Texts, t => t.Value == value);

    [Fact]
    public void A_line_with_an_empty_label_draws_its_leader_and_does_not_stop_the_build()
    {
        // An empty label is narrower than the 1 px its leader keeps from each end of the text: the clamp's bounds crossed.
        using var graphic = ChartBuilder.Build(Figure("fig", ChartFixture.Chart(Chart("{ vline: 50, label: '' }"))), Data, Fonts);
        Assert.Contains("<svg", graphic.ToSvg());
    }

    [Fact]
    public void A_lone_label_hangs_from_its_line_above_the_plot_and_its_leader_runs_down_to_the_plot_at_the_lines_x()
    {
        // One row: the band is 1.3 * 6.8 + 0.6 * 6.8 = 12.92 px tall and sits above the axis frame (the plot's top without a
        // band), so its bottom lies 12.92 px below the figure's top; the baseline is 0.45 * 6.8 = 3.06 px above that (9.86),
        // the text starts 2 px left of the line, and the leader runs from 0.25 * 6.8 = 1.7 px under the baseline (11.56)
        // straight down to the plot's top at the line's x.
        var bare = BareTop();
        var drawing = Draw("{ vline: 30, label: Alpha, dash: false }");
        var line = Assert.Single(drawing.Lines);
        var text = Label(drawing, "Alpha");
        Assert.Equal(FontSize, text.Size, 0.001);
        var band = drawing.PlotTop - bare;
        Assert.Equal(12.92, band, 0.01);
        Assert.Equal(line - 2, text.X, 0.01);
        Assert.Equal(band - 3.06, text.Baseline, 0.01);
        Assert.True(text.Baseline < drawing.PlotTop);
        var leader = Assert.Single(drawing.Leaders);
        Assert.Equal(new Segment(line, text.Baseline + 1.7, line, drawing.PlotTop), leader, new SegmentComparer());
        Assert.Empty(drawing.Warnings);
    }

    private sealed class SegmentComparer : IEqualityComparer<Segment>
    {
        public bool Equals(Segment? a, Segment? b) => a is not null && b is not null && Math.Abs(a.X1 - b.X1) < 0.02 && Math.Abs(a.Y1 - b.Y1) < 0.02 &&
                                                      Math.Abs(a.X2 - b.X2) < 0.02 && Math.Abs(a.Y2 - b.Y2) < 0.02;
        public int GetHashCode(Segment s) => 0;
    }

    [Fact]
    public void Labels_of_lines_on_the_plots_edges_are_kept_and_the_right_ones_end_at_their_lines_inside_the_figure()
    {
        // A line on each limit (x = 0 and x = 100: the plot's left and right edges). "Left" starts 2 px before its line,
        // as far left as a label may start; "Right" would run ~17 px past the plot, so it ends 2 px after its line. The
        // lines at 98.5 and 100 (about 5.7 px apart) share "Y, Z", which ends 2 px after the later of them.
        var left = Draw("{ vline: 0, label: Left, dash: false }, { vline: 100, label: Right, dash: false }");
        Assert.Equal(2, left.Lines.Count);
        Assert.Equal(left.PlotLeft, left.Lines[0], 0.01);
        Assert.Equal(left.PlotRight, left.Lines[1], 0.01);
        Assert.Equal(left.Lines[0] - 2, Label(left, "Left").X, 0.01);
        Assert.Equal(left.Lines[1] + 2 - Width("Right"), Label(left, "Right").X, 0.01);
        Assert.True(Label(left, "Right").X + Width("Right") <= 6 * 72);

        var merged = Draw("{ vline: 98.5, label: Y, dash: false }, { vline: 100, label: Z, dash: false }");
        Assert.InRange(merged.Lines[1] - merged.Lines[0], 5, 6.5);
        Assert.Equal(merged.Lines[1] + 2 - Width("Y, Z"), Label(merged, "Y, Z").X, 0.01);
        Assert.Empty(merged.Warnings);
    }

    [Fact]
    public void Lines_six_pixels_apart_share_one_label_in_a_neutral_grey_with_a_leader_to_each_line()
    {
        // 40 and 41.6 lie 1.6 * 3.8 = 6.1 px apart (under the 7 px merge distance): one label "A, B", starting 2 px before
        // the first line, in #404040 since the two lines' colours differ; each line keeps its own leader at its own x.
        var drawing = Draw("{ vline: 40, label: A, dash: false, color: '#FF0000' }, { vline: 41.6, label: B, dash: false }");
        Assert.InRange(drawing.Lines[1] - drawing.Lines[0], 5.5, 6.5);
        var text = Label(drawing, "A, B");
        Assert.DoesNotContain(drawing.Texts, t => t.Value is "A" or "B");
        Assert.Equal(drawing.Lines[0] - 2, text.X, 0.01);
        Assert.Equal("#404040", text.Fill);
        Assert.Equal(drawing.Lines, drawing.Leaders.Select(l => l.X2).Order().ToArray());
        Assert.All(drawing.Leaders, l => Assert.Equal(l.X1, l.X2, 0.01));
        // One line alone keeps its own (text) colour.
        Assert.Equal("#EA0000", Label(Draw("{ vline: 40, label: A, dash: false, color: '#FF0000' }"), "A").Fill);
    }

    [Fact]
    public void Lines_eight_pixels_apart_get_two_labels_and_one_over_the_others_line_stands_a_row_higher_in_a_taller_band()
    {
        // 40 and 42.1 lie 2.1 * 3.8 = 8 px apart: two labels. "Alpha release" (about 50 px) starting 2 px before the first
        // line covers the second, so it stands in row 1, 1.3 * 6.8 = 8.84 px above "B" in row 0; the band is
        // 2 * 8.84 + 4.08 = 21.76 px tall: the plot starts 8.84 px lower than with one row.
        var bare = BareTop();
        var drawing = Draw("{ vline: 40, label: Alpha release, dash: false }, { vline: 42.1, label: B, dash: false }");
        Assert.InRange(drawing.Lines[1] - drawing.Lines[0], 7.5, 8.5);
        var (alpha, b) = (Label(drawing, "Alpha release"), Label(drawing, "B"));
        Assert.Equal(drawing.Lines[0] - 2, alpha.X, 0.01);
        Assert.Equal(drawing.Lines[1] - 2, b.X, 0.01);
        Assert.Equal(21.76, drawing.PlotTop - bare, 0.01);
        Assert.Equal(21.76 - 3.06, b.Baseline, 0.01);
        Assert.Equal(21.76 - 3.06 - 8.84, alpha.Baseline, 0.01);
        // Each leader starts just under its own label's text and ends on the plot at its line.
        Assert.Contains(drawing.Leaders, l => Math.Abs(l.X2 - drawing.Lines[0]) < 0.01 && Math.Abs(l.Y1 - (alpha.Baseline + 1.7)) < 0.01 && Math.Abs(l.Y2 - drawing.PlotTop) < 0.01);
        Assert.Contains(drawing.Leaders, l => Math.Abs(l.X2 - drawing.Lines[1]) < 0.01 && Math.Abs(l.Y1 - (b.Baseline + 1.7)) < 0.01 && Math.Abs(l.Y2 - drawing.PlotTop) < 0.01);
        Assert.Empty(drawing.Warnings);
    }

    [Fact]
    public void A_label_closer_than_four_pixels_to_the_one_before_moves_up_a_row_and_one_further_away_stays_beside_it()
    {
        // "Alpha" is 20 px wide: hanging from a line at x it spans x - 2 .. x + 18 and covers lines up to x + 19. A second
        // line 21.3 px on (5.6 units) is not covered, but its label would start at x + 19.3, under the 4 px gap after
        // "Alpha" (x + 22): it goes up a row. 30 px on (7.9 units) it starts at x + 28, clear of the gap: both in row 0.
        Assert.Equal(20, Width("Alpha"), 0.5);
        var near = Draw("{ vline: 30, label: Alpha, dash: false }, { vline: 35.6, label: Beta, dash: false }");
        Assert.InRange(near.Lines[1] - near.Lines[0], 20, 22);
        Assert.Equal(Label(near, "Alpha").Baseline - 8.84, Label(near, "Beta").Baseline, 0.01);
        Assert.Equal(near.Lines[1] - 2, Label(near, "Beta").X, 0.01);

        var far = Draw("{ vline: 30, label: Alpha, dash: false }, { vline: 37.9, label: Beta, dash: false }");
        Assert.InRange(far.Lines[1] - far.Lines[0], 29, 31);
        Assert.Equal(Label(far, "Alpha").Baseline, Label(far, "Beta").Baseline, 0.01);
        Assert.Equal(12.92 - 3.06, Label(far, "Beta").Baseline, 0.01); // both in the one row
    }

    [Fact]
    public void A_label_too_long_for_either_side_of_its_line_ends_at_the_plots_right_edge_or_starts_at_its_left_one()
    {
        // 40 W's: 280 px. From a line in the middle of a 380 px plot it fits neither starting nor ending at the line, so it
        // is pushed left until it ends 2 px past the plot's right edge. In a figure three inches wide the plot is narrower
        // than the label, which then starts 2 px before the plot's left edge.
        var label = new string('W', 40);
        Assert.Equal(280, Width(label), 0.5);
        var wide = Draw($"{{ vline: 50, label: {label}, dash: false }}");
        Assert.Equal(wide.PlotRight + 2 - 280, Label(wide, label).X, 0.5);
        var narrow = Draw($"{{ vline: 50, label: {label}, dash: false }}", widthInches: 3);
        Assert.True(narrow.PlotRight - narrow.PlotLeft < 280);
        Assert.Equal(narrow.PlotLeft - 2, Label(narrow, label).X, 0.01);
    }

    [Fact]
    public void When_hanging_every_label_costs_two_rows_more_each_label_takes_the_place_covering_fewest_lines()
    {
        // Four lines 10 px apart (x0 = 115 px .. x3 = 145 px), each label about 63 px wide. Hanging, each covers every
        // later line: 4 rows, two more than fitting, so each takes the place covering the fewest other lines: the first
        // ends at its line (covers none), the second ends at its line (covers the first only; starting, it would cover
        // two), the third and fourth start at theirs (one and none). Rows: the second stands above the first and the
        // third above the fourth (row 1); the second's end (x1 + 2) and third's start (x2 - 2) are 6 px apart, so both fit
        // in row 1: a two-row band. Further right, a 73 px label on a line 45.5 px from a line either side covers one of
        // them starting or ending at its line, none centred on it: it is centred (x - 36.5 .. x + 36.5).
        string[] names = ["Model release A", "Model release B", "Model release C", "Model release D"];
        Assert.All(names, n => Assert.InRange(Width(n), 55, 75));
        var bare = BareTop();
        var drawing = Draw(string.Join(", ", new[] { 20.5, 23.1, 25.7, 28.3 }.Zip(names, (x, n) => $"{{ vline: {x.ToString(CultureInfo.InvariantCulture)}, label: {n}, dash: false }}")) +
                           ", { vline: 53.5, label: a, dash: false }, { vline: 65.3, label: Centred release label, dash: false }, { vline: 77.4, label: b, dash: false }");
        Assert.Empty(drawing.Warnings);
        var x = drawing.Lines;
        Assert.Equal(7, x.Count);
        Assert.All(new[] { x[1] - x[0], x[2] - x[1], x[3] - x[2] }, d => Assert.InRange(d, 9.5, 10.5));
        Assert.Equal(21.76, drawing.PlotTop - bare, 0.01);
        var (row0, row1) = (21.76 - 3.06, 21.76 - 3.06 - 8.84);
        Assert.Equal((x[0] + 2 - Width(names[0]), row0), (Label(drawing, names[0]).X, Label(drawing, names[0]).Baseline), new Near());
        Assert.Equal((x[1] + 2 - Width(names[1]), row1), (Label(drawing, names[1]).X, Label(drawing, names[1]).Baseline), new Near());
        Assert.Equal((x[2] - 2, row1), (Label(drawing, names[2]).X, Label(drawing, names[2]).Baseline), new Near());
        Assert.Equal((x[3] - 2, row0), (Label(drawing, names[3]).X, Label(drawing, names[3]).Baseline), new Near());
        var centred = Label(drawing, "Centred release label");
        Assert.InRange(x[5] - x[4], 44, 47);
        Assert.InRange(x[6] - x[5], 44, 47);
        Assert.Equal((x[5] - Width(centred.Value) / 2, row0), (centred.X, centred.Baseline), new Near());
    }

    private sealed class Near : IEqualityComparer<(double X, double Y)>
    {
        public bool Equals((double X, double Y) a, (double X, double Y) b) => Math.Abs(a.X - b.X) < 0.02 && Math.Abs(a.Y - b.Y) < 0.02;
        public int GetHashCode((double X, double Y) p) => 0;
    }
}
