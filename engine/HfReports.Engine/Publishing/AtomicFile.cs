using System.Diagnostics;
using System.Globalization;

namespace HfReports.Engine.Publishing;

/// <summary>
/// Writes an output next to its destination under a temporary name and moves it into place only
/// when complete, so a failed, cancelled or interrupted build never leaves a half-written file where
/// a good one stood. The temporary name carries the writer's process id: a process killed outright
/// (nothing runs on SIGKILL) leaves at most one such file, which the next build removes
/// (<see cref="RemoveStaleTemporaries"/>).
/// </summary>
internal static class AtomicFile
{
    private const string TemporarySuffix = ".tmp";

    public static void Write(string path, Action<Stream> write, CancellationToken cancellation = default)
    {
        var temp = WriteTemporary(path, write, cancellation);
        try
        {
            cancellation.ThrowIfCancellationRequested();
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes the content complete (flushed to disk) to a temporary file beside <paramref name="path"/> and
    /// returns its name; the caller moves it into place. On failure nothing is left.</summary>
    public static string WriteTemporary(string path, Action<Stream> write, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var stream = new CancellableStream(file, cancellation))
            {
                write(stream);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }
            cancellation.ThrowIfCancellationRequested();
            return temp;
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw;
        }
    }

    public static void WriteText(string path, string text, CancellationToken cancellation = default) =>
        // UTF-8 without a byte-order mark: GetBytes never writes one (only GetPreamble does).
        Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)), cancellation);

    /// <summary>Is this one of our temporary files, and which process wrote it?</summary>
    public static bool IsTemporary(string fileName, out int processId)
    {
        processId = 0;
        if (!fileName.StartsWith('.') || !fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal)) return false;
        // .<name>.<pid>.<32 hex digits>.tmp
        var parts = fileName[..^TemporarySuffix.Length].Split('.');
        return parts.Length >= 4 && parts[^1].Length == 32 && parts[^1].All(char.IsAsciiHexDigit)
            && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out processId);
    }

    /// <summary>Deletes temporary files left in <paramref name="folder"/> by processes that no longer run.</summary>
    /// <returns>The files removed.</returns>
    public static IReadOnlyList<string> RemoveStaleTemporaries(string folder)
    {
        var removed = new List<string>();
        if (!Directory.Exists(folder)) return removed;
        foreach (var path in Directory.EnumerateFiles(folder, "." + "*" + TemporarySuffix))
        {
            if (!IsTemporary(Path.GetFileName(path), out var owner) || owner == Environment.ProcessId || IsRunning(owner)) continue;
            try
            {
                File.Delete(path);
                removed.Add(path);
            }
            catch (IOException) { /* in use after all: the next build tries again */ }
            catch (UnauthorizedAccessException) { }
        }
        return removed;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Passes writes through, stopping at the next write once the build is cancelled.</summary>
    private sealed class CancellableStream(Stream inner, CancellationToken cancellation) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => inner.SetLength(value);

        public override void Write(byte[] buffer, int offset, int count)
        {
            cancellation.ThrowIfCancellationRequested();
            inner.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            cancellation.ThrowIfCancellationRequested();
            inner.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            cancellation.ThrowIfCancellationRequested();
            inner.WriteByte(value);
        }
    }
}
