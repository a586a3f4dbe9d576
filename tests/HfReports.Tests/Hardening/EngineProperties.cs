using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HfReports.Engine.Charts;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Tables;
using HfReports.Tests.Charts;
using HfReports.Tests.Support;
using YamlDotNet.Serialization;

namespace HfReports.Tests.Hardening;

/// <summary>
/// Properties over random input: every chart type and table formatting given a random hostile frame, and
/// random specs built from the report vocabulary, either produce their result or a diagnostic (a
/// ChartException, TableException or Diagnostic); any other exception fails the property.
/// </summary>
public sealed class EngineProperties
{
    private static readonly string[] ChartTypes =
        ["column", "bar", "line", "scatter", "area", "histogram", "density", "heatmap", "correlation", "segment", "lollipop"];

    private static readonly string?[] Formats = [null, "0.00", "#,##0", "0%", "0.0e0", "yyyy-MM-dd", "%Y", "{0", "x"];

    public sealed record ChartCase(Frame Frame, string ChartYaml)
    {
        public override string ToString() => $"{ChartYaml}\nframe: {string.Join(", ", Frame.Columns.Select(c => $"{c.Name}:{c.Type}[{c.Count}]"))}";
    }

    public sealed record TableCase(Frame Frame, string?[] Formats, string[] Aligns)
    {
        public override string ToString() => $"formats {string.Join(",", Formats)}; {string.Join(", ", Frame.Columns.Select(c => $"{c.Name}:{c.Type}[{c.Count}]"))}";
    }

    private static Gen<ChartCase> ChartCases() =>
        from frame in HostileValues.Frames()
        from type in Gen.Elements(ChartTypes)
        from x in Gen.Elements(frame.ColumnNames.ToArray())
        from y in Gen.Elements(frame.ColumnNames.ToArray())
        from color in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(frame.ColumnNames.ToArray()).Select(c => (string?)c))
        from stack in Gen.Elements("none", "normal", "percent")
        from xKind in Gen.Elements("", ", type: category", ", type: date", ", type: number")
        select new ChartCase(frame, $"type: {type}\nx: {{ field: {x}{xKind} }}\ny: {y}\nstack: {stack}" +
            (color is null ? "" : $"\ncolor: {color}") + (type is "heatmap" or "correlation" ? $"\ncolumns: [{string.Join(", ", frame.ColumnNames)}]" : ""));

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Every_chart_type_draws_a_random_hostile_frame_or_reports_why()
    {
        return Prop.ForAll(ChartCases().ToArbitrary(), chartCase =>
        {
            var diagnostics = ChartFixture.ChartErrors(chartCase.ChartYaml);
            if (diagnostics.Any(d => d.Severity == Severity.Error)) return true; // the spec itself was refused, with a diagnostic
            try
            {
                using var graphic = ChartFixture.Build(chartCase.Frame, chartCase.ChartYaml);
                return graphic.ToSvg().Length > 0;
            }
            catch (ChartException e)
            {
                return e.Message.Length > 0;
            }
        });
    }

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Table_formatting_takes_any_hostile_frame_or_reports_why()
    {
        var cases =
            from frame in HostileValues.Frames()
            from formats in Gen.ArrayOf(Gen.Elements(Formats), frame.Columns.Count)
            from aligns in Gen.ArrayOf(Gen.Elements("left", "right", "center"), frame.Columns.Count)
            select new TableCase(frame, formats, aligns);
        return Prop.ForAll(cases.ToArbitrary(), table =>
        {
            var location = new SourceLocation("test.yaml", 1, 1);
            var columns = table.Frame.Columns.Select((c, i) => new TableColumnSpec(c.Name, c.Name, table.Formats[i], table.Aligns[i], location, "table.columns")).ToArray();
            var data = new DataSpec("select 1", null, new Dictionary<string, object?>(), new Dictionary<string, ColumnType>(), [], location, "table.data");
            try
            {
                var content = TableFormatter.Format(new TableSpec("t", "caption", data, columns, null, location, "table"), table.Frame);
                return content.Rows.Count == table.Frame.RowCount;
            }
            catch (TableException e)
            {
                return e.Message.Length > 0;
            }
        });
    }

    /// <summary>Keys of the report language, and a few that are not, so generated specs reach deep into the readers.</summary>
    private static readonly string[] Keys =
    [
        "report", "id", "title", "sections", "blocks", "text", "figure", "table", "include", "data", "query", "sql", "frame", "frames",
        "params", "parameters", "types", "transform", "expect", "timeout", "max_rows", "chart", "type", "x", "y", "color", "columns",
        "caption", "field", "format", "bucket", "lump", "count", "by", "as", "top", "filter", "panels", "abstract", "references", "bogus",
    ];

    private static readonly string[] Scalars =
    [
        "", "~", "0", "-1", "1e400", "NaN", "true", "select 1", "select * from models", "delete from models", "vacuum into 'x.db'",
        "../outside.yaml", "/etc/passwd", "reports.yaml", "report.yaml", "{{ include 'x' }}", "{{ for i in 1..1000000 }}{{ end }}",
        "{{ nope }}", "column", "scatter", "2024-13-45", "10000-01-01", "\u0000", "\u202Eevil", "👩‍👩‍👧‍👦", new string('x', 3_000),
    ];

    private static Gen<object> Node(int depth) =>
        depth <= 0
            ? Gen.Elements(Scalars).Select(s => (object)s)
            : Gen.Frequency(
                (3, Gen.Elements(Scalars).Select(s => (object)s)),
                (3, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Elements(Keys), Node(depth - 1)), n))
                    .Select(pairs => (object)pairs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2))),
                (2, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Node(depth - 1), n)).Select(items => (object)items.ToList())));

    [Fact]
    public void Random_specs_load_and_check_to_diagnostics_never_an_exception()
    {
        var specs =
            from body in Node(4)
            from wrapped in Gen.Elements(true, true, false)
            select new Serializer().Serialize(wrapped ? new Dictionary<string, object> { ["report"] = body } : body);
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = "report: {}" });
        // Checked here rather than by [Property], which would evaluate it after the workspace is gone.
        // Quiet on success: FsCheck prints to the process-wide console, which other tests may be capturing.
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true), Prop.ForAll(specs.ToArbitrary(), yaml =>
        {
            workspace.Write("report.yaml", yaml);
            var loaded = workspace.Load();
            var checkedOut = workspace.Check();
            return loaded.All(d => d.Message.Length > 0) && checkedOut.Diagnostics.All(d => d.Message.Length > 0);
        }));
    }
}
