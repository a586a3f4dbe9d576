using System.Text.Json;
using HfReports.Engine.Build;
using HfReports.Tests.Support;

namespace HfReports.Tests.Spec;

/// <summary>`hfreports check`: exit codes, JSON output, and expectations as warnings or (strict) errors.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckCommandTests
{
    private const string CleanReport = """
        report:
          id: r
          title: T
          sections:
            - title: S
              blocks:
                - table:
                    id: t
                    caption: "{{ data.size }} groups"
                    data:
                      query: select arch_group from models where params_b >= :min_params
                      transform:
                        - count: { by: [arch_group], as: models }
                      expect:
                        - row_count: 2
                        - value: { column: models, where: { arch_group: Mistral }, equals: 2 }
                    columns: [arch_group, models]
          parameters:
            min_params: 7
        """;

    /// <summary>Through the shared runner, which serialises console redirection across parallel test classes.</summary>
    private static (int Code, string Out) Run(params string[] args)
    {
        var result = CliRunner.Run(args);
        return (result.ExitCode, result.Output);
    }

    [Fact]
    public void A_clean_manifest_exits_0_with_an_empty_json_report()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = CleanReport });
        TinySnapshot.Write(Path.Combine(workspace.Folder, "snapshot.db"));
        var (code, output) = Run("check", workspace.ManifestPath, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Errors_exit_1_and_carry_file_line_column_key_and_suggestion()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = CleanReport.Replace("- count:", "- cuont:") });
        TinySnapshot.Write(Path.Combine(workspace.Folder, "snapshot.db"));
        var (code, output) = Run("check", workspace.ManifestPath, "--format", "json");
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("unknown transform 'cuont'", diagnostic.GetProperty("message").GetString());
        Assert.Equal("report.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal((13, 19), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.Equal("report.sections[0].blocks[0].table.data.transform[0].cuont", diagnostic.GetProperty("key").GetString());
        Assert.Equal("did you mean 'count'?", diagnostic.GetProperty("suggestion").GetString());
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("check", "/nonexistent/reports.yaml").Code);
        Assert.Equal(2, Run("check", "--format", "xml").Code);
        Assert.Equal(2, Run("check", "--param", "novalue").Code);
    }

    [Fact]
    public void A_missing_snapshot_exits_3()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = CleanReport });
        Assert.Equal(3, Run("check", workspace.ManifestPath).Code);
    }

    [Fact]
    public void Failed_expectations_are_warnings_and_errors_when_strict_and_carry_actual_values()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = CleanReport.Replace("equals: 2", "equals: 5") });
        var relaxed = workspace.Check();
        var warning = Assert.Single(relaxed.Diagnostics);
        Assert.Equal("expectation failed: models where arch_group = Mistral is 5: expected 5, got 2", warning.Message);
        Assert.Equal(HfReports.Engine.Spec.Severity.Warning, warning.Severity);
        Assert.Equal([true, false], relaxed.Expectations.Select(e => e.Passed));
        Assert.Equal(("5", "2"), (relaxed.Expectations[1].Expected, relaxed.Expectations[1].Actual));

        var strict = workspace.Check(new BuildOptions(new Dictionary<string, object?>(), Strict: true));
        Assert.Equal(HfReports.Engine.Spec.Severity.Error, Assert.Single(strict.Diagnostics).Severity);
    }

    [Fact]
    public void A_param_override_takes_the_type_of_its_default()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = CleanReport });
        var overridden = workspace.Check(new BuildOptions(new Dictionary<string, object?> { ["min_params"] = 3L }));
        Assert.Contains(overridden.Diagnostics, d => d.Message == "expectation failed: row count is 2: expected 2, got 3");
        var wrong = workspace.Check(new BuildOptions(new Dictionary<string, object?> { ["min_params"] = "big" }));
        Assert.Contains(wrong.Diagnostics, d => d.Message == "--param 'min_params': 'big' is not a whole number like the default (7)");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
