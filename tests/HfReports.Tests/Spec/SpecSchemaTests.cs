using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;
using HfReports.Engine.Spec.Transforms;
using HfReports.Engine.Transform;
using HfReports.Tests.Support;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace HfReports.Tests.Spec;

/// <summary>The JSON Schemas under reports/schema accept every spec the repository ships and reject broken ones,
/// so an editor with a YAML language server flags the same mistakes as `hfreports check`.</summary>
public sealed class SpecSchemaTests
{
    private static readonly JsonSchema ReportSchema = JsonSchema.FromFile(RepositoryFiles.PathOf("reports/schema/report.schema.json"));
    private static readonly JsonSchema ManifestSchema = JsonSchema.FromFile(RepositoryFiles.PathOf("reports/schema/manifest.schema.json"));

    private static IEnumerable<string> ShippedSpecPaths() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("reports"), "*.yaml", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> ShippedSpecs()
    {
        var data = new TheoryData<string>();
        foreach (var path in ShippedSpecPaths()) data.Add(path);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedSpecs))]
    public void Every_shipped_spec_is_valid(string relativePath)
    {
        var schema = IsManifest(relativePath) ? ManifestSchema : ReportSchema;
        var results = schema.Evaluate(Json(File.ReadAllText(RepositoryFiles.PathOf(relativePath))), Options);
        Assert.True(results.IsValid, Explain(results));
    }

    [Fact]
    public void Every_shipped_spec_names_the_schema_in_its_first_line()
    {
        foreach (var relativePath in ShippedSpecPaths())
        {
            var schemaFile = IsManifest(relativePath) ? "reports/schema/manifest.schema.json" : "reports/schema/report.schema.json";
            var schema = Path.GetRelativePath(Path.GetDirectoryName(RepositoryFiles.PathOf(relativePath))!, RepositoryFiles.PathOf(schemaFile)).Replace('\\', '/');
            Assert.Equal($"# yaml-language-server: $schema={schema}", File.ReadLines(RepositoryFiles.PathOf(relativePath)).First());
        }
    }

    /// <summary>Manifests (a top-level 'reports:' list) live beside report specs, e.g. the chart gallery's.</summary>
    private static bool IsManifest(string relativePath) =>
        File.ReadLines(RepositoryFiles.PathOf(relativePath)).Any(line => line.StartsWith("reports:", StringComparison.Ordinal));

    [Fact]
    public void The_shipped_manifest_is_valid()
    {
        var results = ManifestSchema.Evaluate(Json(File.ReadAllText(RepositoryFiles.PathOf("reports.yaml"))), Options);
        Assert.True(results.IsValid, Explain(results));
    }

    [Fact]
    public void Every_transform_and_expectation_the_engine_knows_is_in_the_schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("reports/schema/report.schema.json")))!;
        var transforms = schema["$defs"]!["transform"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(TransformCatalog.Readers.Names.Order(StringComparer.Ordinal), transforms);
        var expectations = schema["$defs"]!["expectation"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(ExpectationReader.Kinds.Order(StringComparer.Ordinal), expectations);
    }

    [Fact]
    public void The_schema_lists_each_vocabulary_word_the_reader_accepts_in_order()
    {
        var chart = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("reports/schema/report.schema.json")))!["$defs"]!["chart"]!["properties"]!;
        Assert.Equal(SpecWords.Of<StackMode>(), chart["stack"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<LegendPosition>(), chart["legend"]!["enum"]!.AsArray().Select(n => (string)n!));
        var defs = chart.Parent!.Parent!;
        Assert.Equal(SpecWords.Of<TrendMethod>(), defs["smoother"]!["anyOf"]![0]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<TrendMethod>(), defs["smoother"]!["anyOf"]![1]!["properties"]!["method"]!["enum"]!.AsArray().Select(n => (string)n!));
        var annotationKeys = defs["annotation"]!["properties"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.All(SpecWords.Of<AnnotationKind>(), kind => Assert.Contains(kind, annotationKeys));
        Assert.Equal(SpecWords.Of<EncodingScale>(), defs["encoding"]!["anyOf"]![1]!["properties"]!["scale"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<AxisType>(), defs["encoding"]!["anyOf"]![1]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<OrderRule>(), defs["encoding"]!["anyOf"]![1]!["properties"]!["order"]!["anyOf"]![1]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<PointShape>(), chart["point_shape"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<LineShape>(), chart["line_shape"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<CorrelationMethod>(), chart["method"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<LabelAt>(), defs["encoding"]!["anyOf"]![1]!["properties"]!["at"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<ColumnAlign>(), defs["tableColumn"]!["anyOf"]![1]!["properties"]!["align"]!["enum"]!.AsArray().Select(n => (string)n!));
        var aggregates = defs["transform"]!["properties"]!["summarize"]!["properties"]!["aggregates"]!["additionalProperties"]!["anyOf"]![1]!["properties"]!;
        Assert.Equal([.. SpecWords.Of<AggregateFunction>(), "p"], aggregates.AsObject().Select(p => p.Key));
        var transforms = defs["transform"]!["properties"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.All(AggregateSpec.Functions.Select(SpecWords.Word), function => Assert.Contains(function, transforms));
        Assert.Equal(["column", .. SpecWords.Of<FilterOperator>()], defs["transform"]!["properties"]!["filter"]!["properties"]!.AsObject().Select(p => p.Key));
        var bucket = defs["transform"]!["properties"]!["bucket"]!["properties"]!;
        Assert.Equal(SpecWords.Of<DatePeriod>(), bucket["by"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(BucketSpec.WeekStarts.Select(SpecWords.Word), bucket["week_start"]!["enum"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(SpecWords.Of<DatePeriod>(), defs["transform"]!["properties"]!["complete"]!["properties"]!["every"]!["enum"]!.AsArray().Select(n => (string)n!));
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("reports/schema/manifest.schema.json")))!;
        Assert.Equal(Enum.GetNames<PageSize>(), manifest["properties"]!["theme"]!["properties"]!["page"]!["enum"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public void An_encoding_scale_word_outside_its_channel_is_refused_with_the_channel_s_words()
    {
        var error = Assert.Single(Charts.ChartFixture.ChartErrors("{ type: scatter, x: { field: a, scale: viridis }, y: b }"));
        Assert.Contains("'scale' must be one of: linear, log; found 'viridis'", error.Message);
        var chart = Charts.ChartFixture.Chart("{ type: scatter, x: a, y: { field: b, scale: log }, color: { field: c, scale: binned } }");
        Assert.Equal(((EncodingScale?)null, (EncodingScale?)EncodingScale.Log, (EncodingScale?)EncodingScale.Binned), (chart.X!.Scale, chart.Y!.Scale, chart.Color!.Scale));
    }

    public static TheoryData<string, string> BrokenSpecs() => new()
    {
        { "unknown report key", "report: { id: r, titel: T, sections: [] }" },
        { "missing title", "report: { id: r, sections: [] }" },
        { "two top-level kinds", "figure: { id: f }\ntable: { id: t }" },
        { "unknown chart type", "figure: { id: f, caption: C, data: { query: q }, chart: { type: pie } }" },
        { "chart and panels", "figure: { id: f, caption: C, data: { query: q }, chart: { type: bar }, panels: [] }" },
        { "data without source", "figure: { id: f, caption: C, data: { params: {} }, chart: { type: bar } }" },
        { "data with two sources", "figure: { id: f, caption: C, data: { query: q, frame: x }, chart: { type: bar } }" },
        { "unknown transform", "figure: { id: f, caption: C, data: { query: q, transform: [ { bukcet: { column: t, by: week } } ] }, chart: { type: bar } }" },
        { "two transforms in one step", "figure: { id: f, caption: C, data: { query: q, transform: [ { count: {}, sum: { column: x } } ] }, chart: { type: bar } }" },
        { "bucket period", "figure: { id: f, caption: C, data: { query: q, transform: [ { bucket: { column: t, by: fortnight } } ] }, chart: { type: bar } }" },
        { "lump without a rule", "figure: { id: f, caption: C, data: { query: q, transform: [ { lump: { column: g } } ] }, chart: { type: bar } }" },
        { "lump share as a percent", "figure: { id: f, caption: C, data: { query: q, transform: [ { lump: { column: g, min_share: 5 } } ] }, chart: { type: bar } }" },
        { "filter with two comparisons", "figure: { id: f, caption: C, data: { query: q, transform: [ { filter: { column: p, gt: 0, lt: 9 } } ] }, chart: { type: bar } }" },
        { "top without n", "figure: { id: f, caption: C, data: { query: q, transform: [ { top: { by: s } } ] }, chart: { type: bar } }" },
        { "unknown expectation", "table: { id: t, caption: C, columns: [a], data: { query: q, expect: [ { row_cnt: 3 } ] } }" },
        { "negative tolerance", "table: { id: t, caption: C, columns: [a], data: { query: q, expect: [ { value: { column: a, equals: 1, tolerance: -1 } } ] } }" },
        { "unknown column type", "table: { id: t, caption: C, columns: [a], data: { query: q, types: { a: string } } }" },
        { "table without columns", "table: { id: t, caption: C, data: { query: q } }" },
        { "block with two kinds", "report: { id: r, title: T, sections: [ { title: S, blocks: [ { text: hi, include: f.yaml } ] } ] }" },
        { "width as a word", "figure: { id: f, caption: C, data: { query: q }, chart: { type: bar }, width: wide }" },
    };

    [Theory]
    [MemberData(nameof(BrokenSpecs))]
    public void A_broken_spec_is_rejected(string mistake, string yaml)
    {
        Assert.False(ReportSchema.Evaluate(Json(yaml), Options).IsValid, mistake);
    }

    [Theory]
    [InlineData("snapshots: data/demo.db\nreports: [a.yaml]")]
    [InlineData("snapshot: data/demo.db\nformats: [docx]\nreports: [a.yaml]")]
    [InlineData("snapshot: data/demo.db")]
    [InlineData("snapshot: data/demo.db\ntheme: { page: A5 }\nreports: [a.yaml]")]
    public void A_broken_manifest_is_rejected(string yaml)
    {
        Assert.False(ManifestSchema.Evaluate(Json(yaml), Options).IsValid);
    }

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private static string Explain(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    /// <summary>YAML to JSON the way a YAML language server reads it: plain scalars typed by YAML 1.2's core schema.</summary>
    internal static JsonElement Json(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = ToJson(new SpecNode(stream.Documents[0].RootNode, "test.yaml", ""));
        return JsonSerializer.SerializeToElement(node);
    }

    private static JsonNode? ToJson(SpecNode node)
    {
        if (node.IsMapping)
        {
            var result = new JsonObject();
            foreach (var (key, _, value) in node.Entries()) result[key] = ToJson(value);
            return result;
        }
        if (node.IsSequence) return new JsonArray(node.Items().Select(ToJson).ToArray());
        return node.ScalarValue() switch
        {
            null => null,
            long l => JsonValue.Create(l),
            double d => JsonValue.Create(d),
            bool b => JsonValue.Create(b),
            var other => JsonValue.Create(Convert.ToString(other, CultureInfo.InvariantCulture)),
        };
    }
}
