using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace HfReports.Engine.Query;

/// <summary>
/// The SHA-256 of a snapshot file, remembered for as long as the file keeps its size and
/// modification time: a watching process hashes a large snapshot once, not on every save, and
/// the cache key and the build manifest share one hash per build. A snapshot in WAL mode has committed pages in
/// its -wal file that SQLite reads as part of it, so that file's bytes are hashed too.
/// </summary>
internal static class SnapshotFingerprint
{
    private static readonly ConcurrentDictionary<string, (long Length, DateTime Modified, string Sha256)> Known = new(StringComparer.Ordinal);

    public static string Sha256(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        var wal = new FileInfo(full + "-wal");
        var length = info.Length + (wal.Exists ? wal.Length : 0);
        var modified = wal.Exists && wal.LastWriteTimeUtc > info.LastWriteTimeUtc ? wal.LastWriteTimeUtc : info.LastWriteTimeUtc;
        if (Known.TryGetValue(full, out var known) && known.Length == length && known.Modified == modified)
            return known.Sha256;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(sha, full);
        if (wal.Exists && wal.Length > 0) Append(sha, wal.FullName);
        var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        Known[full] = (length, modified, hash);
        return hash;
    }

    private static void Append(IncrementalHash sha, string path)
    {
        // Shared read: the snapshot may be open read-only by the build while it is hashed.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 20);
        var buffer = new byte[1 << 20];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0) sha.AppendData(buffer, 0, read);
    }
}
