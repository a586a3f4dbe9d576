using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace HfReports.Engine.Build.Caching;

/// <summary>
/// The SHA-256 of a snapshot file, remembered for as long as the file keeps its size and
/// modification time: a watching process hashes a large snapshot once, not on every save, and
/// the cache key and the build manifest share one hash per build.
/// </summary>
public static class SnapshotFingerprint
{
    private static readonly ConcurrentDictionary<string, (long Length, DateTime Modified, string Sha256)> Known = new(StringComparer.Ordinal);

    public static string Sha256(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (Known.TryGetValue(full, out var known) && known.Length == info.Length && known.Modified == info.LastWriteTimeUtc)
            return known.Sha256;
        // Shared read: the snapshot may be open read-only by the build while it is hashed.
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 20);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        Known[full] = (info.Length, info.LastWriteTimeUtc, hash);
        return hash;
    }
}
