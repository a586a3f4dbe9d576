using System.Text.Json;
using HfReports.Tests.Import;
using HfReports.Tests.Support;
using Json.Schema;

namespace HfReports.Tests.Publishing;

/// <summary>The JSON that build, check and diff print is what reports/schema/result.schema.json and diff.schema.json
/// describe (checked on real output), with a version, expectations in numbers, and paths relative to the manifest.</summary>
public sealed class JsonOutputSchemaTests : IDisposable
{
    private static readonly JsonSchema Result = JsonSchema.FromFile(RepositoryFiles.PathOf("reports/schema/result.schema.json"));
    private static readonly JsonSchema Diff = JsonSchema.FromFile(RepositoryFiles.PathOf("reports/schema/diff.schema.json"));
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private readonly TempFolder _folder = new();

    private const string Report = """
        report:
          id: tiny
          title: Tiny
          sections:
            - title: One
              blocks:
                - table:
                    id: best
                    caption: Models by average.
                    data:
                      query: select fullname, average from models order by average desc
                      expect:
                        - value: { column: average, row: 0, equals: 70, tolerance: 0.5, label: best average }
                        - row_count: { min: 2, max: 5 }
                        - unique: fullname
                    columns:
                      - { field: fullname, title: Model }
                      - { field: average, title: Average }
        """;

    private static JsonElement Parse(CliRunner.Result run)
    {
        Assert.True(run.Output.TrimStart().StartsWith('{'), $"no JSON on stdout (exit {run.ExitCode}):\n{run.Error}");
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    private static void AssertValid(JsonSchema schema, JsonElement json)
    {
        var results = schema.Evaluate(json, Options);
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))) + "\n" + json);
    }

    [Fact]
    public void Build_json_is_valid_versioned_relative_to_the_manifest_and_gives_expectations_in_numbers()
    {
        using var workspace = Workspace(Report);
        var json = Parse(CliRunner.Run("build", workspace.ManifestPath, "--format", "json"));
        AssertValid(Result, json);
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal(["out/manifest.json", "out/tiny.html", "out/tiny.pdf"],
            json.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));

        var expectations = json.GetProperty("expectations").EnumerateArray().ToArray();
        // The best of the four models averages 70.2: 70 +- 0.5 holds.
        var value = expectations[0];
        Assert.Equal("best average", value.GetProperty("description").GetString());
        Assert.Equal(70, value.GetProperty("expected_value").GetDouble());
        Assert.Equal(0.5, value.GetProperty("tolerance").GetDouble());
        Assert.Equal(70.2, value.GetProperty("actual_value").GetDouble());
        Assert.True(value.GetProperty("passed").GetBoolean());
        var range = expectations[1];
        Assert.Equal((2.0, 5.0, 4.0), (range.GetProperty("minimum").GetDouble(), range.GetProperty("maximum").GetDouble(), range.GetProperty("actual_value").GetDouble()));
        Assert.Equal(JsonValueKind.Null, range.GetProperty("expected_value").ValueKind);
        Assert.Equal(JsonValueKind.Null, expectations[2].GetProperty("expected_value").ValueKind);
        Assert.Equal("report.yaml", value.GetProperty("file").GetString());
    }

    [Fact]
    public void Check_json_with_errors_is_valid_and_its_files_are_relative_to_the_manifest()
    {
        using var workspace = Workspace(Report.Replace("field: fullname", "field: fullnme"));
        var run = CliRunner.Run("check", workspace.ManifestPath, "--format", "json");
        var json = Parse(run);
        AssertValid(Result, json);
        Assert.Equal(1, json.GetProperty("exit_code").GetInt32());
        Assert.Equal("check", json.GetProperty("command").GetString());
        Assert.All(json.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("report.yaml", d.GetProperty("file").GetString()));
    }

    private SpecWorkspace Workspace(string report) => new(new Dictionary<string, string>
    {
        ["reports.yaml"] = $"snapshot: {PublishingSnapshots.Base(_folder)}\nreports: [report.yaml]\n",
        ["report.yaml"] = report,
    });

    [Fact]
    public void Diff_json_is_valid_and_versioned()
    {
        var old = PublishingSnapshots.Base(_folder, "old.db");
        var changed = PublishingSnapshots.Import(_folder, "new.db", "small_2024-07-08.csv",
            SmallExports.V1Row("alpha/one", average: "62", license: "apache-2.0"),
            SmallExports.V1Row("epsilon/five", average: "50", license: "mit"));
        var json = Parse(CliRunner.Run("diff", old, changed, "--format", "json"));
        AssertValid(Diff, json);
        Assert.Equal(1, json.GetProperty("version").GetInt32());
    }

    public void Dispose() => _folder.Dispose();
}
