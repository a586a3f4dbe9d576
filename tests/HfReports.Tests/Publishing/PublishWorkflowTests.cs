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

    private static YamlMappingNode Root()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Workflow)) yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Job(string name = "paper") => (YamlMappingNode)((YamlMappingNode)Root()["jobs"])[name];

    private static IEnumerable<YamlMappingNode> Steps(string job = "paper") => ((YamlSequenceNode)Job(job)["steps"]).Children.Cast<YamlMappingNode>();

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
        Assert.Contains("global-json-file: global.json", text);
        Assert.Contains("engine/HfReports.Cli/pack-tool.sh artifacts/packages", runs);
        Assert.Contains("dotnet tool install --tool-path artifacts/tool --add-source artifacts/packages HfReports.Tool", runs);
        Assert.Contains("hfreports build reports.yaml --snapshot data/snapshot.db --output out --strict", runs);
        Assert.DoesNotContain("snapshot demo", runs);
        Assert.Contains("gh release upload", string.Join("\n", Steps("release").Select(s => Get(s, "run")).OfType<string>()));
    }

    [Fact]
    public void Only_the_release_job_may_write_and_the_nuget_cache_is_keyed_on_the_lock_files()
    {
        Assert.Equal("read", Get((YamlMappingNode)Root()["permissions"], "contents"));
        Assert.False(Job().Children.ContainsKey(new YamlScalarNode("permissions")));
        Assert.Equal("write", Get((YamlMappingNode)Job("release")["permissions"], "contents"));
        Assert.Equal("github.event_name == 'release'", Get(Job("release"), "if"));
        var cache = Steps().Single(s => Get(s, "uses")?.StartsWith("actions/cache", StringComparison.Ordinal) == true);
        Assert.Contains("hashFiles('**/packages.lock.json')", Get((YamlMappingNode)cache["with"], "key"));
    }

    private static YamlMappingNode Env => (YamlMappingNode)Job()["env"];

    [Fact]
    public void Export_is_pinned_to_a_commit_and_the_local_script_uses_the_same_source()
    {
        Assert.Equal("https://raw.githubusercontent.com/fboulnois/llm-leaderboard-csv/5285982/csv/huggingface.csv", Get(Env, "LEADERBOARD_URL"));
        var script = File.ReadAllText(Script);
        Assert.Contains(Get(Env, "LEADERBOARD_URL")!, script);
        Assert.Contains(Get(Env, "LEADERBOARD_SHA256")!, script);
    }

    [SkippableFact]
    public void Pinned_checksum_is_that_of_the_v1_export_and_the_fetch_script_accepts_it()
    {
        Requires.RealExports();
        // The independent oracle: the v1 export kept beside the repository, hashed here.
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(RealExports.V1))), Get(Env, "LEADERBOARD_SHA256"));
        using var folder = new TempFolder();
        var copy = folder.File("v1.csv");
        var fetched = Fetch(folder, $"file://{RealExports.V1}", copy);
        Assert.True(fetched.Code == 0, fetched.Error);
        Assert.Equal(File.ReadAllBytes(RealExports.V1), File.ReadAllBytes(copy));
    }

    [Fact]
    public void Fetch_fails_rather_than_building_on_something_else_when_the_export_is_unreachable_or_altered()
    {
        using var folder = new TempFolder();
        var target = folder.File("export/v1.csv");
        var unreachable = Fetch(folder, $"file://{folder.File("nowhere.csv")}", target);
        Assert.NotEqual(0, unreachable.Code);
        Assert.Contains("could not download", unreachable.Error);
        Assert.False(File.Exists(target));

        var altered = folder.Write("altered.csv", "t,model,average\n");
        var wrong = Fetch(folder, $"file://{altered}", target);
        Assert.NotEqual(0, wrong.Code);
        Assert.Contains("expected " + Get(Env, "LEADERBOARD_SHA256"), wrong.Error);
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    private static (int Code, string Error) Fetch(TempFolder folder, string url, string target)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, ".github", "fetch-export.sh")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = folder.Path,
        };
        start.Environment["LEADERBOARD_URL"] = url;
        start.Environment["LEADERBOARD_SHA256"] = Get(Env, "LEADERBOARD_SHA256");
        start.Environment["LEADERBOARD_EXPORT"] = target;
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
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
