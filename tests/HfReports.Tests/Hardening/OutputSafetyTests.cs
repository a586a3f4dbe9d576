using HfReports.Engine.Build;
using HfReports.Engine.Publishing;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hardening;

/// <summary>Outputs are replaced whole or not at all, and one output folder takes one build at a time.</summary>
public sealed class OutputSafetyTests
{
    private const string Report = """
        report:
          id: safe
          title: Safe
          sections:
            - title: Only
              blocks:
                - text: Hello.
        """;

    [Fact]
    public void A_cancelled_write_keeps_the_previous_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.pdf", "the previous PDF");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half of the new "u8);
            cancel.Cancel();
            stream.Write("PDF"u8);
        }, cancel.Token));
        Assert.Equal("the previous PDF", File.ReadAllText(path));
        Assert.Equal(["report.pdf"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_keeps_the_previous_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("report.pdf", "the previous PDF");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("renderer failed");
        }));
        Assert.Equal("the previous PDF", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Temporary_files_of_dead_processes_are_swept_and_live_ones_kept()
    {
        using var folder = new TempFolder();
        var dead = folder.Write($".report.pdf.{DeadProcessId()}.{Guid.NewGuid():N}.tmp", "left by a killed build");
        var ours = folder.Write($".report.pdf.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp", "being written now");
        var unrelated = folder.Write(".notes.tmp", "not ours");

        var removed = AtomicFile.RemoveStaleTemporaries(folder.Path);

        Assert.Equal([dead], removed);
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(ours));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public void A_second_lock_on_the_same_output_folder_fails_naming_the_holder()
    {
        using var folder = new TempFolder();
        using (OutputFolderLock.Acquire(folder.Path))
        {
            var error = Assert.Throws<OutputFolderLockedException>(() => OutputFolderLock.Acquire(folder.Path));
            Assert.Contains("in use by another build", error.Message);
            Assert.Equal(Environment.ProcessId, error.OwnerProcessId);
        }
        using (OutputFolderLock.Acquire(folder.Path)) { } // released with the first holder
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_refused_saying_so()
    {
        using var folder = new TempFolder();
        var file = folder.Write("out", "a file where the output folder should be");
        var error = Assert.Throws<OutputFolderException>(() => OutputFolderLock.Acquire(file));
        Assert.Equal($"the output folder '{file}' cannot be used: it is a file, not a folder; choose another with --output", error.Message);
        Assert.Equal("a file where the output folder should be", File.ReadAllText(file));
    }

    [Fact]
    public void A_build_into_a_locked_output_folder_exits_with_code_3_and_says_why()
    {
        using var workspace = new HostileWorkspace(Report);
        using (OutputFolderLock.Acquire(workspace.OutputFolder))
        {
            var result = CliRunner.Run("build", workspace.ManifestPath, "--no-color");
            Assert.Equal(3, result.ExitCode);
            Assert.Contains("is in use by another build", result.Error);
        }
        Assert.Equal(0, CliRunner.Run("build", workspace.ManifestPath, "--no-color").ExitCode);
    }

    [Fact]
    public void A_cancelled_build_keeps_the_previous_outputs_byte_for_byte()
    {
        using var workspace = new HostileWorkspace(Report);
        Assert.False(workspace.Build().HasErrors);
        var pdf = Path.Combine(workspace.OutputFolder, "safe.pdf");
        var before = File.ReadAllBytes(pdf);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => workspace.Build(BuildOptions.Default with { Cancellation = cancel.Token }));
        Assert.Equal(before, File.ReadAllBytes(pdf));
        Assert.Empty(Directory.GetFiles(workspace.OutputFolder, "*.tmp"));
    }

    /// <summary>The id of a process that has exited.</summary>
    private static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
