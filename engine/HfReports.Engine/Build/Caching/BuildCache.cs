using System.Security.Cryptography;
using System.Text;

namespace HfReports.Engine.Build.Caching;

/// <summary>
/// A content-addressed store of build artefacts (evaluated frames, figure SVG): one file per entry,
/// named by the SHA-256 of the entry's inputs. Every file carries the SHA-256 of its payload; an
/// entry that is truncated, altered or unreadable is deleted and reported as a miss, never trusted.
/// Writes go to a temporary name and are moved into place, so concurrent builds never see half an entry.
/// </summary>
public sealed class BuildCache(string folder)
{
    public const string FolderName = ".hfcache";
    private const string Magic = "hfcache/1";

    private int _discarded;

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Entries found damaged and deleted during this build.</summary>
    public int Discarded => _discarded;

    /// <summary>The cache beside an output folder: out/ caches in .hfcache/ next to it.</summary>
    /// <param name="projectFolder">The manifest's folder: when the output folder is it (`output: .`) or holds it, the cache
    /// goes inside the output folder rather than beside it, so it never lands outside the project.</param>
    public static BuildCache Beside(string outputFolder, string? projectFolder = null)
    {
        var full = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (projectFolder is not null)
        {
            var project = Path.GetFullPath(projectFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (project.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return new BuildCache(Path.Combine(full, FolderName));
        }
        return new BuildCache(Path.Combine(Path.GetDirectoryName(full) ?? full, FolderName));
    }

    internal byte[]? TryRead(string kind, string key)
    {
        var path = PathOf(kind, key);
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return null;
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        if (Verify(bytes, kind) is { } payload) return payload;
        Discard(path);
        return null;
    }

    internal void Write(string kind, string key, ReadOnlySpan<byte> payload)
    {
        var path = PathOf(kind, key);
        var header = Encoding.ASCII.GetBytes($"{Magic} {kind} {payload.Length} {Convert.ToHexStringLower(SHA256.HashData(payload))}\n");
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(header);
                stream.Write(payload);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next build slower.
            TryDelete(temp);
        }
    }

    /// <summary>Deletes an entry whose payload turned out unusable, counting it as discarded.</summary>
    internal void Forget(string kind, string key) => Discard(PathOf(kind, key));

    /// <summary>The payload when the header matches and the checksum holds; null otherwise.</summary>
    private static byte[]? Verify(byte[] bytes, string kind)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0 || newline > 200) return null;
        var parts = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        if (parts.Length != 4 || parts[0] != Magic || parts[1] != kind || !int.TryParse(parts[2], out var length)) return null;
        var payload = bytes.AsSpan(newline + 1);
        if (payload.Length != length) return null;
        return Convert.ToHexStringLower(SHA256.HashData(payload)) == parts[3] ? payload.ToArray() : null;
    }

    private void Discard(string path)
    {
        Interlocked.Increment(ref _discarded);
        TryDelete(path);
    }

    private string PathOf(string kind, string key) => Path.Combine(Folder, key[..2], $"{key}.{kind}");

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
