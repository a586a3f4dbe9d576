using System.Xml.Linq;
using HfReports.Engine.Build;
using HfReports.Engine.Charts;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using YamlDotNet.RepresentationModel;

namespace HfReports.Tests.Charts;

/// <summary>Builds figures from YAML chart specs and small in-code frames, and reads their SVG back.</summary>
internal static class ChartFixture
{
    public static readonly FontRegistry Fonts = new(new ThemeSpec());

    public static ChartSpec Chart(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var chart = ChartReader.Read(Node(yaml), diagnostics, EngineVocabulary.Spec);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        return chart!;
    }

    public static IReadOnlyList<Diagnostic> ChartErrors(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        ChartReader.Read(Node(yaml), diagnostics, EngineVocabulary.Spec);
        return diagnostics.Items;
    }

    private static SpecNode Node(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return new SpecNode(stream.Documents[0].RootNode, "test.yaml", "chart");
    }

    public static FigureSpec Figure(string id, params ChartSpec[] panels)
    {
        var location = new SourceLocation("test.yaml", 1, 1);
        var data = new DataSpec("select 1", null, new Dictionary<string, object?>(), new Dictionary<string, ColumnType>(), [], location, "figure.data");
        return new FigureSpec(id, null, "caption", data, panels, 6, 3, location, "figure");
    }

    public static FigureGraphic Build(Frame frame, params string[] panelYaml) =>
        ChartBuilder.Build(Figure("fig", panelYaml.Select(Chart).ToArray()), frame, Fonts);

    public static XDocument Svg(Frame frame, params string[] panelYaml)
    {
        using var graphic = Build(frame, panelYaml);
        return XDocument.Parse(graphic.ToSvg());
    }

    public static FrameColumn Text(string name, params string?[] values) => new(name, ColumnType.Text, values);
    public static FrameColumn Real(string name, params double?[] values) => new(name, ColumnType.Real, values.Select(v => (object?)v).ToArray());
    public static FrameColumn Integer(string name, params long?[] values) => new(name, ColumnType.Integer, values.Select(v => (object?)v).ToArray());
    public static FrameColumn Dates(string name, params string[] values) =>
        new(name, ColumnType.Date, values.Select(v => (object?)DateTime.SpecifyKind(DateTime.Parse(v, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)).ToArray());

    public static Frame Frame(params FrameColumn[] columns) => new(columns);

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>Filled rectangles drawn with the given colour (bars, heatmap cells, legend swatches).</summary>
    public static int Rects(XDocument svg, string hex) =>
        svg.Descendants(Ns + "rect").Count(r => string.Equals((string?)r.Attribute("fill"), hex, StringComparison.OrdinalIgnoreCase));

    public static int Ellipses(XDocument svg, string hex) =>
        svg.Descendants(Ns + "ellipse").Count(r => string.Equals((string?)r.Attribute("fill"), hex, StringComparison.OrdinalIgnoreCase));

    /// <summary>Stroked paths in the given colour (lines, curves).</summary>
    public static int Strokes(XDocument svg, string hex) =>
        svg.Descendants(Ns + "path").Count(p => string.Equals((string?)p.Attribute("stroke"), hex, StringComparison.OrdinalIgnoreCase));

    /// <summary>Paths stroked or filled in the colour (Skia writes dashed strokes as filled outlines).</summary>
    public static int Paths(XDocument svg, string hex) =>
        svg.Descendants(Ns + "path").Count(p => string.Equals((string?)p.Attribute("stroke"), hex, StringComparison.OrdinalIgnoreCase)
                                               || string.Equals((string?)p.Attribute("fill"), hex, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<string> Texts(XDocument svg) =>
        svg.Descendants(Ns + "text").Select(t => t.Value.Trim()).ToArray();

    public static int Panels(XDocument svg) => svg.Root!.Elements(Ns + "svg").Count();
}
