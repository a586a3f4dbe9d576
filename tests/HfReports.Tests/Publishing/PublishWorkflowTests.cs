using HfReports.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace HfReports.Tests.Publishing;

/// <summary>
/// The CI workflow and the local script that rehearses it stay in step: every command the
/// workflow runs (apart from the uploads and the machine set-up) is also in the script.
/// </summary>
public sealed class PublishWorkflowTests
{
    private static readonly string Workflow = Path.Combine(RepositoryRoot.Path, ".github", "workflows", "publish.yml");
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, ".github", "run-publish-steps.sh");

    private static YamlMappingNode Job()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Workflow)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return (YamlMappingNode)((YamlMappingNode)root["jobs"])["paper"];
    }

    private static IEnumerable<YamlMappingNode> Steps() => ((YamlSequenceNode)Job()["steps"]).Children.Cast<YamlMappingNode>();

    private static string? Get(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    [Fact]
    public void Every_command_the_workflow_runs_is_in_the_local_script()
    {
        var script = File.ReadAllText(Script);
        var commands = Steps().Select(s => Get(s, "run")).OfType<string>()
            .SelectMany(run => run.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(line => !line.Contains("${{", StringComparison.Ordinal) && !line.StartsWith("sudo ", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(commands);
        Assert.All(commands, command => Assert.Contains(command, script));
    }

    [Fact]
    public void Workflow_runs_on_main_by_hand_and_on_release_and_builds_strictly()
    {
        var text = File.ReadAllText(Workflow);
        var runs = string.Join("\n", Steps().Select(s => Get(s, "run")).OfType<string>());

        Assert.Contains("branches: [main]", text);
        Assert.Contains("workflow_dispatch:", text);
        Assert.Contains("release:", text);
        Assert.Contains("dotnet-version: \"10.0.x\"", text);
        Assert.Contains("dotnet pack engine/HfReports.Cli", runs);
        Assert.Contains("dotnet tool install --tool-path artifacts/tool --add-source artifacts/packages HfReports.Tool", runs);
        Assert.Contains("hfreports build reports.yaml --snapshot data/snapshot.db --output out --strict", runs);
        Assert.Contains("gh release upload", runs);
    }

    [Fact]
    public void Workflow_uploads_the_pdf_the_html_and_the_manifest()
    {
        var upload = Steps().Single(s => Get(s, "uses")?.StartsWith("actions/upload-artifact", StringComparison.Ordinal) == true);
        var path = Get((YamlMappingNode)upload["with"], "path")!;

        Assert.Contains("out/*.pdf", path);
        Assert.Contains("out/*.html", path);
        Assert.Contains("out/manifest.json", path);
    }

    [Fact]
    public void Local_script_is_executable_bash()
    {
        Assert.StartsWith("#!/usr/bin/env bash", File.ReadAllText(Script));
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(Script).HasFlag(UnixFileMode.UserExecute));
    }
}
