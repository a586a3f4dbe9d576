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
/// Properties over random input, each stating the outcome it allows per input. A chart spec the reader refuses
/// must come with a diagnostic located in the spec. A valid spec over a well-formed frame (the shape each chart
/// type documents) must be drawn: any exception fails. A valid spec over a hostile frame is drawn or refused
/// with a ChartException located at the chart's spec. Tables and random specs: a result or located diagnostics.
/// </summary>
public sealed class EngineProperties
{
    private static readonly string[] ChartTypes = ChartCatalog.AllNames.ToArray();

    private static readonly string?[] Formats = [null, "0.00", "#,##0", "0%", "0.0e0", "yyyy-MM-dd", "%Y", "{0", "x"];

    internal sealed record ChartCase(Frame Frame, string ChartYaml)
    {
        public override string ToString() => $"{ChartYaml}\nframe: {string.Join(", ", Frame.Columns.Select(c => $"{c.Name}:{c.Type}[{c.Count}]"))}";
    }

    internal sealed record TableCase(Frame Frame, string?[] Formats, string[] Aligns)
    {
        public override string ToString() => $"formats {string.Join(",", Formats)}; {string.Join(", ", Frame.Columns.Select(c => $"{c.Name}:{c.Type}[{c.Count}]"))}";
    }

    private static Gen<ChartCase> ChartCases() =>
        from frame in HostileValues.Frames()
        from type in Gen.Elements(ChartTypes)
        from x in Gen.Elements(frame.ColumnNames.ToArray())
        from y in Gen.Elements(frame.ColumnNames.ToArray())
        from color in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(frame.ColumnNames.ToArray()).Select(c => (string?)c))
        from stack in Gen.Elements("none", "stacked", "grouped", "percent")
        from xKind in Gen.Elements("", ", type: category", ", type: date", ", type: number")
        select new ChartCase(frame, $"type: {type}\nx: {{ field: {x}{xKind} }}\ny: {y}\nstack: {stack}" +
            (color is null ? "" : $"\ncolor: {color}") + (type is "heatmap" or "correlation" ? $"\ncolumns: [{string.Join(", ", frame.ColumnNames)}]" : ""));

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Every_chart_type_draws_a_random_hostile_frame_or_refuses_it_with_a_located_error()
    {
        return Prop.ForAll(ChartCases().ToArbitrary(), chartCase =>
        {
            var diagnostics = ChartFixture.ChartErrors(chartCase.ChartYaml);
            if (diagnostics.Any(d => d.Severity == Severity.Error))
                return diagnostics.Where(d => d.Severity == Severity.Error).All(Located); // refused by the reader, at its place in the spec
            try
            {
                using var graphic = ChartFixture.Build(chartCase.Frame, chartCase.ChartYaml);
                return graphic.ToSvg().Length > 0;
            }
            catch (ChartException e)
            {
                return e.Message.Length > 0 && e.Location.File == "test.yaml" && e.Location.Line >= 1 && e.KeyPath.StartsWith("chart", StringComparison.Ordinal);
            }
        });
    }

    private static bool Located(Diagnostic diagnostic) =>
        diagnostic.Message.Length > 0 && diagnostic.Location is { File: "test.yaml", Line: >= 1 } && !string.IsNullOrEmpty(diagnostic.KeyPath);

    /// <summary>A well-formed frame: categories, finite numbers, counts and dates, no nulls, three rows or more.</summary>
    private static Gen<Frame> WellFormedFrames() =>
        from rows in Gen.Choose(3, 30)
        from categories in Gen.ArrayOf(Gen.Elements("alpha", "beta", "gamma", "delta"), rows)
        from groups in Gen.ArrayOf(Gen.Elements("x", "y", "z"), rows)
        from xs in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 7.0), rows)
        from ys in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 3.0), rows)
        from counts in Gen.ArrayOf(Gen.Choose(0, 500).Select(i => (long)i), rows)
        from days in Gen.ArrayOf(Gen.Choose(0, 3000), rows)
        select new Frame([
            new FrameColumn("cat", ColumnType.Text, categories.Cast<object?>().ToArray()),
            new FrameColumn("group", ColumnType.Text, groups.Cast<object?>().ToArray()),
            new FrameColumn("x", ColumnType.Real, xs.Cast<object?>().ToArray()),
            new FrameColumn("y", ColumnType.Real, ys.Select((y, i) => (object?)(xs[i] + y)).ToArray()),
            new FrameColumn("n", ColumnType.Integer, counts.Cast<object?>().ToArray()),
            new FrameColumn("day", ColumnType.Date, days.Select(d => (object?)DateTime.SpecifyKind(new DateTime(2020, 1, 1).AddDays(d), DateTimeKind.Utc)).ToArray()),
        ]);

    /// <summary>For each chart type, valid specs over the well-formed frame's columns, as CHARTS.md documents them
    /// (<see cref="Every_catalogued_chart_type_has_a_valid_spec"/> keeps the list in step with the catalog).</summary>
    private static readonly string[] ValidSpecs =
    [
        "type: column\nx: { field: cat, type: category }\ny: n",
        "type: column\nx: { field: cat, type: category }\ny: n\ncolor: group\nstack: stacked",
        "type: bar\nx: cat\ny: n",
        "type: lollipop\nx: cat\ny: n",
        "type: line\nx: day\ny: y",
        "type: line\nx: x\ny: y\ncolor: group",
        "type: area\nx: day\ny: n\ncolor: group",
        "type: column\nx: { field: cat, type: category }\ny: n\ncolor: group\nstack: percent",
        "type: scatter\nx: x\ny: y",
        "type: scatter\nx: day\ny: y\ncolor: cat\nsmooth: loess",
        "type: scatter\nx: x\ny: y\nsmooth: linear",
        "type: histogram\nx: x",
        "type: histogram\nx: n\ncolor: group",
        "type: density\nx: x",
        "type: heatmap\nx: cat\ny: group\nvalue: n",
        "type: correlation\ncolumns: [x, y, n]\nx: x",
        "type: segment\nx: x\nxend: y\ny: cat",
        "type: boxplot\nx: cat\ny: y",
        "type: violin\nx: cat\ny: y\ncolor: group",
    ];

    [Fact]
    public void Every_catalogued_chart_type_has_a_valid_spec()
    {
        var covered = ValidSpecs.Select(spec => spec.Split('\n')[0]["type: ".Length..]).ToHashSet();
        Assert.All(ChartCatalog.AllNames, name => Assert.Contains(name, covered));
    }

    [Property(MaxTest = 150, QuietOnSuccess = true)]
    public Property Every_chart_type_draws_a_valid_spec_over_a_well_formed_frame()
    {
        var cases = from frame in WellFormedFrames() from yaml in Gen.Elements(ValidSpecs) select new ChartCase(frame, yaml);
        return Prop.ForAll(cases.ToArbitrary(), chartCase =>
        {
            Assert.DoesNotContain(ChartFixture.ChartErrors(chartCase.ChartYaml), d => d.Severity == Severity.Error);
            using var graphic = ChartFixture.Build(chartCase.Frame, chartCase.ChartYaml); // any exception fails the property
            return graphic.ToSvg().Contains("<svg", StringComparison.Ordinal);
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
            var columns = table.Frame.Columns.Select((c, i) => new TableColumnSpec(c.Name, c.Name, table.Formats[i], SpecWords.Parse<ColumnAlign>(table.Aligns[i])!.Value, location, "table.columns")).ToArray();
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
