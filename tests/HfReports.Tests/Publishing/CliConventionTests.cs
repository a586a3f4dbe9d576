using System.Diagnostics;
using System.Text.Json;
using HfReports.Cli;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>Exit codes, --quiet/--verbose/--no-color, colour rules, --format json and --version.</summary>
public sealed class CliConventionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Version_names_the_version_and_the_commit()
    {
        // Out of process: in-process the entry assembly is the test host, not hfreports.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "hfreports.dll"), "--version"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\+([0-9a-f]{40}|unknown)$", output);
        Assert.StartsWith(HfReports.Engine.Publishing.EngineVersion.Current.ToString(), output);
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("diff", "only-one.db")]
    [InlineData("build", "--format", "xml")]
    [InlineData("--quiet", "--verbose", "build")]
    [InlineData("build", "--param", "no-equals-sign")]
    public void Wrong_command_lines_exit_2(params string[] args) =>
        Assert.Equal(ExitCodes.Usage, CliRunner.Run(args).ExitCode);

    [Fact]
    public void A_port_out_of_range_is_a_usage_error_naming_the_range()
    {
        var result = CliRunner.Run("serve", "--port", "99999");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--port 99999: a port is a number from 0 to 65535 (0 picks a free one)", result.Error);
    }

    [Fact]
    public void Quiet_snapshot_commands_print_nothing_but_still_do_their_work()
    {
        var export = _folder.File("fake_2024-06-01.csv");
        var runs = new[]
        {
            CliRunner.Run("snapshot", "demo", "--models", "100", "--out", _folder.File("demo.db"), "--quiet"),
            CliRunner.Run("snapshot", "fake-export", "--rows", "10", "--out", export, "-q"),
            CliRunner.Run("snapshot", "import", export, "--out", _folder.File("imported.db"), "-q"),
        };
        Assert.All(runs, run => Assert.Equal((0, "", ""), (run.ExitCode, run.Output, run.Error)));
        Assert.True(File.Exists(_folder.File("demo.db")));
        Assert.Equal(10, File.ReadLines(export).Count() - 1);
        Assert.True(File.Exists(_folder.File("imported.db")));
    }

    [Fact]
    public void A_missing_snapshot_exits_3_in_text_and_json()
    {
        var manifest = TinyReport.Write(_folder, _folder.File("missing.db"));

        var text = CliRunner.Run("build", manifest);
        var json = CliRunner.Run("build", manifest, "--format", "json");

        Assert.Equal(ExitCodes.Environment, text.ExitCode);
        Assert.Contains("does not exist", text.Error);
        Assert.Equal(ExitCodes.Environment, json.ExitCode);
        using var result = JsonDocument.Parse(json.Output);
        Assert.Equal(3, result.RootElement.GetProperty("exit_code").GetInt32());
        Assert.False(result.RootElement.GetProperty("success").GetBoolean());
        Assert.Contains("does not exist", result.RootElement.GetProperty("diagnostics")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Report_errors_exit_1_and_json_gives_each_diagnostic_with_its_place()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var manifest = TinyReport.Write(_folder, snapshot, query: "select nothing from nowhere");

        var run = CliRunner.Run("build", manifest, "--output", _folder.File("out"), "--format", "json");

        Assert.Equal(ExitCodes.ReportErrors, run.ExitCode);
        Assert.Equal("", run.Error);
        using var result = JsonDocument.Parse(run.Output);
        Assert.Equal("build", result.RootElement.GetProperty("command").GetString());
        var diagnostic = result.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.StartsWith("SQL error", diagnostic.GetProperty("message").GetString());
        Assert.EndsWith("tiny.yaml", diagnostic.GetProperty("file").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 0);
        Assert.True(diagnostic.GetProperty("column").GetInt32() > 0);
        Assert.Contains("query", diagnostic.GetProperty("key").GetString());
        Assert.True(diagnostic.TryGetProperty("suggestion", out _));
        Assert.Empty(result.RootElement.GetProperty("outputs").EnumerateArray());
    }

    [Fact]
    public void Json_result_of_a_good_build_lists_outputs_with_hashes_and_nothing_else_on_stdout()
    {
        var snapshot = PublishingSnapshots.Base(_folder);

        var run = CliRunner.Run("build", TinyReport.Write(_folder, snapshot), "--output", _folder.File("out"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var result = JsonDocument.Parse(run.Output);
        Assert.True(result.RootElement.GetProperty("success").GetBoolean());
        var outputs = result.RootElement.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(3, outputs.Length);
        Assert.Contains(outputs, o => o.EndsWith("/manifest.json", StringComparison.Ordinal));
        Assert.All(result.RootElement.GetProperty("outputs").EnumerateArray(), o => Assert.Equal(64, o.GetProperty("sha256").GetString()!.Length));
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_verbose_says_more()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var manifest = TinyReport.Write(_folder, snapshot);

        var quiet = CliRunner.Run("build", manifest, "--output", _folder.File("quiet"), "--quiet");
        var normal = CliRunner.Run("build", manifest, "--output", _folder.File("normal"));
        var verbose = CliRunner.Run("--verbose", "build", manifest, "--output", _folder.File("verbose"), "--no-cache");

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Output);
        Assert.Equal("", quiet.Error);
        Assert.Contains("wrote ", normal.Output);
        Assert.Equal("", normal.Error);
        Assert.Contains("hfreports 0.", verbose.Error);
        Assert.Contains("built 1 report(s)", verbose.Error);
        // The blocks this build computed (the cache is off, so all of them), slowest first, with their times.
        Assert.Matches(@"(?m)^slowest: (frame all|table models) \d+\.\d\d s, (frame all|table models) \d+\.\d\d s$", verbose.Error);
        Assert.DoesNotContain("slowest", normal.Error + quiet.Error);
    }

    [Fact]
    public void Output_into_a_log_carries_no_colour_codes()
    {
        var run = CliRunner.Run("build", TinyReport.Write(_folder, PublishingSnapshots.Base(_folder), query: "select nothing"), "--output", _folder.File("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error + run.Output);
    }

    [Theory]
    [InlineData(true, false, null, true)]
    [InlineData(true, false, "", true)]
    [InlineData(true, false, "1", false)]   // NO_COLOR set
    [InlineData(true, true, null, false)]   // --no-color
    [InlineData(false, false, null, false)] // not a terminal
    public void Colour_only_on_a_terminal_without_no_color(bool terminal, bool noColorOption, string? noColorVariable, bool expected) =>
        Assert.Equal(expected, ConsoleSettings.Decide(Verbosity.Normal, terminal, noColorOption, noColorVariable).Color);

    [Fact]
    public void Progress_only_on_a_terminal_and_never_when_quiet()
    {
        Assert.True(ConsoleSettings.Decide(Verbosity.Normal, terminal: true, false, null).Progress);
        Assert.False(ConsoleSettings.Decide(Verbosity.Normal, terminal: false, false, null).Progress);
        Assert.False(ConsoleSettings.Decide(Verbosity.Quiet, terminal: true, false, null).Progress);
    }

    public void Dispose() => _folder.Dispose();
}
