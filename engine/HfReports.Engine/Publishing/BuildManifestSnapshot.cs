using System.Globalization;
using HfReports.Engine.Query;

namespace HfReports.Engine.Publishing;

/// <summary>The snapshot a build read: its file name, SHA-256 and size, every snapshot_meta entry,
/// and the sources it was imported from (file name, SHA-256, format, as-of date).</summary>
internal sealed record ManifestSnapshot(string FileName, string Sha256, long Bytes, IReadOnlyDictionary<string, string> Meta, IReadOnlyList<ManifestSource> Sources)
{
    public static ManifestSnapshot Read(SnapshotDatabase database, CancellationToken cancellation = default)
    {
        var meta = SnapshotIdentity.ReadMeta(database, cancellation);
        var sources = SnapshotRead.Rows(database,
                "SELECT source_name, sha256, format, generation, as_of, rows_kept, synthetic FROM imports ORDER BY import_id", "has no readable imports table", cancellation)
            .Select(r => new ManifestSource(Text(r[0]), Text(r[1]), Text(r[2]), Text(r[3]), Text(r[4]), r[5] as long? ?? 0, r[6] is 1L))
            .ToArray();
        // Hashed once per build (the cache keys use the same hash), read while the build holds it open read-only.
        // A server snapshot is named by its location (never holding a password); it has no file bytes to hash.
        if (!database.IsFile) return new ManifestSnapshot(database.Path, "", 0, meta, sources);
        var hash = SnapshotFingerprint.Sha256(database.Path);
        return new ManifestSnapshot(Path.GetFileName(database.Path), hash, new FileInfo(database.Path).Length, meta, sources);
    }

    private static string Text(object? value) => value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}

/// <summary>One row of the snapshot's imports table (the run-time imported_at is left out: it is not part of the data).</summary>
internal sealed record ManifestSource(string SourceName, string Sha256, string Format, string Generation, string AsOf, long RowsKept, bool Synthetic);
