using System.Diagnostics;
using HfReports.Engine.Build;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>An output is replaced whole or not at all, and only temporaries of dead writers are swept.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Cancelling_after_the_last_byte_but_before_the_move_leaves_the_previous_file()
    {
        var path = _folder.Write("paper.pdf", "previous");
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new content"u8);
            cancel.Cancel(); // after the last write: only a check before the move can notice
        }, cancel.Token));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["paper.pdf"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_completed_write_replaces_the_file_and_leaves_no_temporary()
    {
        var path = _folder.Write("paper.pdf", "previous");
        AtomicFile.WriteText(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal(["paper.pdf"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Only_temporaries_of_processes_that_no_longer_run_are_removed()
    {
        using var live = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        using var dead = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        dead.WaitForExit();
        try
        {
            var liveTemp = _folder.Write($".paper.pdf.{live.Id}.{Guid.NewGuid():N}.tmp", "being written by another build");
            var deadTemp = _folder.Write($".paper.pdf.{dead.Id}.{Guid.NewGuid():N}.tmp", "left by a killed build");
            var notOurs = _folder.Write(".paper.pdf.notes.tmp", "not an output temporary");

            var removed = AtomicFile.RemoveStaleTemporaries(_folder.Path);

            Assert.Equal([deadTemp], removed);
            Assert.True(File.Exists(liveTemp), "the temporary of a running process was deleted");
            Assert.True(File.Exists(notOurs));

            live.Kill();
            live.WaitForExit();
            Assert.Equal([liveTemp], AtomicFile.RemoveStaleTemporaries(_folder.Path));
        }
        finally
        {
            if (!live.HasExited) live.Kill();
        }
    }

    [Theory]
    [InlineData(".paper.pdf.1234.0123456789abcdef0123456789abcdef.tmp", true, 1234)]
    [InlineData("paper.pdf.1234.0123456789abcdef0123456789abcdef.tmp", false, 0)]
    [InlineData(".paper.pdf.1234.0123456789abcdef0123456789abcdeX.tmp", false, 0)]
    [InlineData(".paper.pdf.12x4.0123456789abcdef0123456789abcdef.tmp", false, 0)]
    [InlineData(".paper.pdf.1234.0123456789abcdef0123456789abcdef.tmp.bak", false, 0)]
    public void Temporary_names_carry_the_writer_process(string name, bool temporary, int processId)
    {
        Assert.Equal(temporary, AtomicFile.IsTemporary(name, out var owner));
        Assert.Equal(processId, owner);
    }

    public void Dispose() => _folder.Dispose();
}
