using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;
using YamlDotNet.RepresentationModel;

namespace HfReports.Tests.Support;

/// <summary>Builds frames by hand and reads transform steps from YAML, for transform tests.</summary>
internal static class Frames
{
    public static FrameColumn Text(string name, params string?[] values) => new(name, ColumnType.Text, values);
    public static FrameColumn Integer(string name, params long?[] values) => new(name, ColumnType.Integer, values.Select(v => (object?)v).ToArray());
    public static FrameColumn Real(string name, params double?[] values) => new(name, ColumnType.Real, values.Select(v => (object?)v).ToArray());
    public static FrameColumn Date(string name, params string?[] values) => new(name, ColumnType.Date,
        values.Select(v => v is null ? null : (object)DateTime.SpecifyKind(DateTime.Parse(v, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc)).ToArray());

    public static Frame Of(params FrameColumn[] columns) => new(columns);

    /// <summary>Reads a YAML list of transform steps; fails the test on any diagnostic.</summary>
    public static IReadOnlyList<TransformSpec> Steps(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var diagnostics = new DiagnosticBag();
        var root = new SpecNode(stream.Documents[0].RootNode, "test.yaml", "transform");
        var steps = root.Items().Select(node => TransformReader.Read(node, diagnostics, TransformCatalog.Readers)).OfType<TransformSpec>().ToArray();
        Assert.Empty(diagnostics.Items);
        return steps;
    }

    /// <summary>A frame as text rows ("col=value|col=value"), so expected frames read like a table in the test.</summary>
    public static string[] Rows(Frame frame) => Enumerable.Range(0, frame.RowCount)
        .Select(row => string.Join(" | ", frame.Columns.Select(c => $"{c.Name}={Show(c[row])}")))
        .ToArray();

    private static string Show(object? value) => value switch
    {
        null => "null",
        DateTime d => ValueParsing.FormatDate(d),
        double d => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
