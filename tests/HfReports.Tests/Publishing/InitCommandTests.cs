using System.Text.Json;
using HfReports.Tests.Support;
using Json.Schema;

namespace HfReports.Tests.Publishing;

/// <summary>`hfreports init` from nothing to a built report, and what build and check say where there is no manifest.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Init_writes_a_starter_that_builds_at_once_on_the_demo_snapshot()
    {
        var project = _folder.File("demo");
        var init = CliRunner.Run("init", project);
        Assert.True(init.ExitCode == 0, init.Error);
        foreach (var file in new[] { "reports.yaml", "report.yaml", ".gitignore", ".github/workflows/report.yml", "schema/report.schema.json", "schema/manifest.schema.json" })
            Assert.True(File.Exists(Path.Combine(project, file)), $"{file} is missing");
        Assert.Contains("hfreports build", init.Error);

        var build = CliRunner.Run("build", Path.Combine(project, "reports.yaml"), "--quiet");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(new FileInfo(Path.Combine(project, "out", "report.pdf")).Length > 10_000);
        var html = File.ReadAllText(Path.Combine(project, "out", "report.html"));
        Assert.Contains("A first look at the leaderboard", html);
        Assert.Contains("<svg", html);
        // The starter is also a correct example: its strict check holds every expectation.
        var check = CliRunner.Run("check", Path.Combine(project, "reports.yaml"), "--strict", "--allow-demo");
        Assert.True(check.ExitCode == 0, check.Error);
    }

    [Fact]
    public void Starter_specs_name_their_schema_and_the_schemas_accept_them()
    {
        var project = _folder.File("p");
        Assert.Equal(0, CliRunner.Run("init", project, "--quiet").ExitCode);
        foreach (var (spec, schema) in new[] { ("reports.yaml", "manifest.schema.json"), ("report.yaml", "report.schema.json") })
        {
            var text = File.ReadAllText(Path.Combine(project, spec));
            Assert.StartsWith($"# yaml-language-server: $schema=schema/{schema}", text);
            var results = JsonSchema.FromFile(Path.Combine(project, "schema", schema)).Evaluate(Json(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(results.IsValid, $"{spec} does not validate against {schema}");
        }
        Assert.Contains("out/", File.ReadAllText(Path.Combine(project, ".gitignore")));
        Assert.Contains("*.db", File.ReadAllText(Path.Combine(project, ".gitignore")));
        Assert.Contains("hfreports build", File.ReadAllText(Path.Combine(project, ".github", "workflows", "report.yml")));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_unless_forced()
    {
        var project = _folder.File("busy");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "notes.txt"), "mine");
        var refused = CliRunner.Run("init", project);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is not empty", refused.Error);
        Assert.Contains("--force", refused.Error);
        Assert.False(File.Exists(Path.Combine(project, "reports.yaml")));

        Assert.Equal(0, CliRunner.Run("init", project, "--force", "--quiet").ExitCode);
        Assert.True(File.Exists(Path.Combine(project, "reports.yaml")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(project, "notes.txt")));
    }

    [Fact]
    public void Build_and_check_say_the_same_thing_when_there_is_no_manifest()
    {
        var missing = _folder.File("nowhere/reports.yaml");
        var build = CliRunner.Run("build", missing);
        var check = CliRunner.Run("check", missing);
        Assert.Equal(2, build.ExitCode);
        Assert.Equal(2, check.ExitCode);
        Assert.Equal(build.Error, check.Error);
        Assert.Contains("no manifest at", build.Error);
        Assert.Contains("hfreports init", build.Error);
    }

    [Fact]
    public void Strict_on_the_demo_snapshot_is_an_error_unless_allowed()
    {
        var project = _folder.File("strict");
        Assert.Equal(0, CliRunner.Run("init", project, "--quiet").ExitCode);
        var manifest = Path.Combine(project, "reports.yaml");
        var refused = CliRunner.Run("build", manifest, "--strict", "--quiet");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is the synthetic demo", refused.Error);
        Assert.Contains("--allow-demo", refused.Error);
        Assert.False(File.Exists(Path.Combine(project, "out", "report.pdf")));
        Assert.Equal(1, CliRunner.Run("check", manifest, "--strict").ExitCode);
        Assert.Equal(0, CliRunner.Run("build", manifest, "--strict", "--allow-demo", "--quiet").ExitCode);
    }

    private static JsonElement Json(string yaml) => Spec.SpecSchemaTests.Json(yaml);

    public void Dispose() => _folder.Dispose();
}
