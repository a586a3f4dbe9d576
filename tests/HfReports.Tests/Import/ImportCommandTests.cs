using HfReports.Cli;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>Exit codes of `hfreports snapshot import`: 0 ok, 1 bad data, 2 usage, 3 environment.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    // Through the shared runner: it captures the console for the run, so these messages never land in the
    // output another test is capturing at the same moment.
    private static int Run(params string[] args) => CliRunner.Run(["snapshot", "import", .. args]).ExitCode;

    [Fact]
    public void Exit_codes_follow_the_documented_meaning()
    {
        var snapshot = _folder.File("s.db");
        var good = _folder.Write("good_2024-01-01.csv", SmallExports.V1(SmallExports.V1Row("a/one")));
        var bad = _folder.Write("bad_2024-01-02.csv", SmallExports.V1(SmallExports.V1Row("a/two", average: "abc")));

        Assert.Equal(ExitCodes.Success, Run(good, "--out", snapshot));
        Assert.Equal(ExitCodes.Success, Run(good, "--out", snapshot)); // already imported
        Assert.Equal(ExitCodes.BadData, Run(bad, "--out", snapshot));
        Assert.Equal(ExitCodes.Usage, Run(good, "--out", snapshot, "--as-of", "soon"));
        Assert.Equal(ExitCodes.Environment, Run(_folder.File("missing.csv"), "--out", snapshot));
        Assert.Equal(1, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM imports"));
    }

    [Fact]
    public void Quiet_prints_nothing_and_verbose_adds_how_long_each_step_took()
    {
        var export = _folder.Write("good_2024-01-01.csv", SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("a/two")));

        var quiet = CliRunner.Run("snapshot", "import", export, "--out", _folder.File("quiet.db"), "-q");
        Assert.Equal((ExitCodes.Success, "", ""), (quiet.ExitCode, quiet.Output, quiet.Error));
        Assert.Equal(2, SnapshotQueries.Scalar<int>(_folder.File("quiet.db"), "SELECT COUNT(*) FROM models"));

        var normal = CliRunner.Run("snapshot", "import", export, "--out", _folder.File("normal.db"));
        Assert.Contains("2 rows read, 2 kept", normal.Output);
        Assert.DoesNotContain(" s  ", normal.Error);

        var verbose = CliRunner.Run("snapshot", "import", export, "--out", _folder.File("verbose.db"), "-v");
        Assert.Equal(normal.Output.Replace("normal.db", "verbose.db"), verbose.Output);
        var steps = verbose.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).ToList();
        Assert.Contains(steps, line => line.EndsWith(" s  reading and inserting good_2024-01-01.csv"));
        Assert.Contains(steps, line => line.EndsWith(" s  cleaning and indexing (data/clean.sql, models-indexes.sql)"));
        Assert.EndsWith(" s  in all (without process start)", steps[^1]);
    }

    public void Dispose() => _folder.Dispose();
}
