using System.Diagnostics;
using HfReports.Engine.Publishing;
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
    public void A_writer_is_given_a_write_only_stream_and_text_is_written_without_a_byte_order_mark()
    {
        var path = _folder.Path + "/out.bin";
        AtomicFile.Write(path, stream =>
        {
            Assert.False(stream.CanRead);
            Assert.True(stream.CanWrite);
            Assert.Throws<NotSupportedException>(() => stream.ReadByte());
            stream.Write("x"u8);
        });
        AtomicFile.WriteText(path, "é");
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, File.ReadAllBytes(path));
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
    [InlineData(".1234.0123456789abcdef0123456789abcdef.tmp", false, 0)]       // no output name before the process id
    [InlineData(".x.77.0123456789abcdef0123456789abcdef.tmp", true, 77)]      // the shortest: a one-part output name
    [InlineData(".paper.pdf.1234.0123456789abcdef0123456789abcde.tmp", false, 0)] // 31 hex digits
    [InlineData(".paper.pdf.-12.0123456789abcdef0123456789abcdef.tmp", false, 0)]
    public void Temporary_names_carry_the_writer_process(string name, bool temporary, int processId)
    {
        Assert.Equal(temporary, AtomicFile.IsTemporary(name, out var owner));
        Assert.Equal(processId, owner);
    }

    [Fact]
    public void This_process_s_own_temporaries_are_kept_and_a_missing_folder_has_none()
    {
        var own = _folder.Write($".paper.pdf.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp", "being written by this build");
        Assert.Empty(AtomicFile.RemoveStaleTemporaries(_folder.Path));
        Assert.True(File.Exists(own));
        Assert.Empty(AtomicFile.RemoveStaleTemporaries(_folder.File("no-such-folder")));
    }

    [Fact]
    public void A_temporary_is_written_whole_beside_its_destination_in_a_folder_made_for_it()
    {
        var path = _folder.File("out/figures/fig-1.png");
        var temp = AtomicFile.WriteTemporary(path, stream =>
        {
            stream.Write("ab"u8);
            stream.WriteByte((byte)'c');
            stream.Write(new byte[] { (byte)'d', (byte)'e' }, 0, 2);
        });
        Assert.Equal(_folder.File("out/figures"), Path.GetDirectoryName(temp));
        Assert.True(AtomicFile.IsTemporary(Path.GetFileName(temp), out var owner));
        Assert.Equal(Environment.ProcessId, owner);
        Assert.StartsWith(".fig-1.png.", Path.GetFileName(temp));
        Assert.Equal("abcde", File.ReadAllText(temp));
        Assert.False(File.Exists(path));
        File.Delete(temp);
    }

    [Theory]
    [InlineData("span")]
    [InlineData("array")]
    [InlineData("byte")]
    public void A_cancel_between_two_writes_stops_at_the_next_write_and_leaves_nothing(string how)
    {
        var path = _folder.Write("paper.pdf", "previous");
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("first"u8);
            cancel.Cancel();
            switch (how)
            {
                case "span": stream.Write("second"u8); break;
                case "array": stream.Write(new byte[] { 1, 2 }, 0, 2); break;
                default: stream.WriteByte(1); break;
            }
            Assert.Fail("the write after the cancel went through");
        }, cancel.Token));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["paper.pdf"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_move_that_fails_leaves_no_temporary_behind()
    {
        // A folder stands where the output would go: the content is written, the move cannot replace a folder.
        var path = _folder.File("paper.pdf");
        Directory.CreateDirectory(path);
        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteText(path, "content"));
        Assert.True(Directory.Exists(path));
        Assert.Equal(["paper.pdf"], Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_temporary_cancelled_after_its_last_byte_is_not_handed_over()
    {
        // A caller that moves the temporary itself (several outputs at once) must not get a file written after a cancel.
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.WriteTemporary(_folder.File("paper.pdf"), stream =>
        {
            stream.Write("whole"u8);
            cancel.Cancel();
        }, cancel.Token));
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_build_cancelled_before_writing_creates_neither_file_nor_folder()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.WriteText(_folder.File("out/paper.html"), "x", cancel.Token));
        Assert.False(Directory.Exists(_folder.File("out")));
    }

    public void Dispose() => _folder.Dispose();
}
