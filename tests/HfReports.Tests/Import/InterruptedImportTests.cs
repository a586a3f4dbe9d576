using HfReports.Cli;
using HfReports.Ingest.Import;
using HfReports.Tests.Hub;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>An interrupted import (Ctrl-C, SIGTERM, a cancelled token) leaves no snapshot, no temporary file,
/// and an existing snapshot byte for byte as it was.</summary>
public sealed class InterruptedImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Export(string name, int rows)
    {
        var path = _folder.File(name);
        SyntheticV1Export.Write(path, rows, seed: 7);
        return path;
    }

    [Fact]
    public void Cancelling_while_rows_are_read_leaves_no_snapshot_and_no_temporary_file()
    {
        var export = Export("big_2024-06-01.csv", 20_000);
        using var cancel = new CancellationTokenSource();
        var target = _folder.File("new.db");

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SnapshotImporter.Run(new ImportOptions([export], target), progress => { if (progress.Total > 0) cancel.Cancel(); }, cancel.Token));

        Assert.Equal(["big_2024-06-01.csv"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Cancelling_before_the_commit_leaves_an_existing_snapshot_as_it_was()
    {
        var target = _folder.File("existing.db");
        SnapshotImporter.Run(new ImportOptions([Export("first_2024-05-01.csv", 50)], target));
        var before = File.ReadAllBytes(target);
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            SnapshotImporter.Run(new ImportOptions([Export("second_2024-06-01.csv", 5000)], target),
                progress => { if (progress.Step.StartsWith("cleaning", StringComparison.Ordinal)) cancel.Cancel(); },
                cancel.Token));

        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Equal(["existing.db", "first_2024-05-01.csv", "second_2024-06-01.csv"],
            Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ctrl_C_stops_the_command_with_exit_code_130_and_cleans_up()
    {
        var export = Export("large_2024-06-01.csv", 400_000); // seconds of work, so the signal lands mid-import
        var target = _folder.File("interrupted.db");
        using var appeared = new FileWatch(_folder.Path, "*.tmp");
        using var run = new CliProcess(["snapshot", "import", export, "--out", target]);
        // The readiness marker: the temporary snapshot, created once the command handles Ctrl-C and has hashed the
        // export, before it reads the rows (seconds of work left).
        var first = await Task.WhenAny(appeared.Task, run.Exited, Task.Delay(Patience));
        Assert.True(first == appeared.Task, first == run.Exited ? "the import ended before it could be interrupted" : "no temporary snapshot appeared");
        await run.InterruptAsync();
        var (code, _, error) = await run.WaitAsync(Patience);

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Contains($"interrupted: nothing was imported; {target} is left as it was", error);
        Assert.Equal(["large_2024-06-01.csv"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public void Dispose() => _folder.Dispose();
}
