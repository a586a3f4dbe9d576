using Dapper;
using HfReports.Engine.Query;

namespace HfReports.Engine.Build;

/// <summary>The snapshot a build read: its file name, SHA-256 and size, every snapshot_meta entry,
/// and the sources it was imported from (file name, SHA-256, format, as-of date).</summary>
public sealed record ManifestSnapshot(string FileName, string Sha256, long Bytes, IReadOnlyDictionary<string, string> Meta, IReadOnlyList<ManifestSource> Sources)
{
    public static ManifestSnapshot Read(SnapshotDatabase database)
    {
        var meta = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in database.Connection.Query<(string, string)>("SELECT key, value FROM snapshot_meta"))
            meta[key] = value;
        var sources = database.Connection.Query<(string, string, string, string, string, long, long)>(
                "SELECT source_name, sha256, format, generation, as_of, rows_kept, synthetic FROM imports ORDER BY import_id")
            .Select(r => new ManifestSource(r.Item1, r.Item2, r.Item3, r.Item4, r.Item5, r.Item6, r.Item7 == 1))
            .ToArray();
        // Hashed once per build (the cache keys use the same hash), read while the build holds it open read-only.
        var hash = Caching.SnapshotFingerprint.Sha256(database.Path);
        return new ManifestSnapshot(Path.GetFileName(database.Path), hash, new FileInfo(database.Path).Length, meta, sources);
    }
}

/// <summary>One row of the snapshot's imports table (the run-time imported_at is left out: it is not part of the data).</summary>
public sealed record ManifestSource(string SourceName, string Sha256, string Format, string Generation, string AsOf, long RowsKept, bool Synthetic);
