using System.Globalization;

namespace HfReports.Engine.Query;

/// <summary>What a build needs to know about its snapshot: schema version, creation time, and whether it is synthetic.</summary>
internal sealed record SnapshotIdentity(int SchemaVersion, DateTime CreatedAt, bool Synthetic, IReadOnlyDictionary<string, string> Meta)
{
    /// <summary>The import the cleaned models come from; null when the snapshot has none.</summary>
    public SnapshotImport? Import { get; init; }

    /// <summary>What the models' time axis is: "creation date" (Hub repository creation) when most models have one,
    /// else "leaderboard submission date", the proxy an unenriched snapshot plots. Counted when first asked for, unless
    /// <see cref="CountingTimeAxisAhead"/> started it already.</summary>
    public string TimeAxis => _timeAxis.Value.GetAwaiter().GetResult();

    // Counting needs every row of `models` (0.5 s for a million in SQLite), so builds and checks start it on a connection
    // of its own beside their first queries; the text and the figures ask for it after those. `diff` never does.
    private Lazy<Task<string>> _timeAxis = new(() => Task.FromResult(HubTimeAxis));

    /// <summary>Starts counting <see cref="TimeAxis"/> on a connection of its own, beside what the caller runs next.</summary>
    public SnapshotIdentity CountingTimeAxisAhead()
    {
        _ = _timeAxis.Value;
        return this;
    }

    public const string HubTimeAxis = "creation date";
    public const string ProxyTimeAxis = "leaderboard submission date";

    /// <summary>The version of data/schema.sql the specs read (HfReports.Ingest's SnapshotSchema.Version; a test holds them equal).</summary>
    public const int SupportedSchemaVersion = 3;

    /// <summary>The earliest schema version whose `models` every reader of <see cref="Read"/> may take: `diff` reads only
    /// columns version 1 has, so it compares an archived snapshot with a new one without upgrading either.</summary>
    public const int EarliestSchemaVersion = 1;

    /// <param name="olderAccepted">Whether a snapshot of an earlier version than <see cref="SupportedSchemaVersion"/> is read
    /// (down to <see cref="EarliestSchemaVersion"/>); builds and checks need the current version.</param>
    /// <exception cref="SnapshotException">No snapshot_meta, or one whose keys are missing, repeated or not text.</exception>
    public static SnapshotIdentity Read(SnapshotDatabase database, CancellationToken cancellation = default, bool olderAccepted = false)
    {
        var meta = ReadMeta(database, cancellation);
        if (!meta.TryGetValue("schema_version", out var versionText) || !int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new SnapshotException($"'{database.Path}' has no schema_version in snapshot_meta");
        if (version < (olderAccepted ? EarliestSchemaVersion : SupportedSchemaVersion))
            throw new SnapshotException($"'{database.Path}' has schema version {version}, made by an earlier hfreports; this engine reads version {SupportedSchemaVersion}: {UpgradeAdvice(database)}");
        if (version > SupportedSchemaVersion)
            throw new SnapshotException($"'{database.Path}' has schema version {version}, made by a newer hfreports; this engine reads version {SupportedSchemaVersion}: update hfreports");
        var created = meta.TryGetValue("created_at", out var createdText) && Frames.ValueParsing.TryParseDate(createdText, out var parsed)
            ? parsed
            : new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var synthetic = meta.TryGetValue("synthetic", out var syntheticText) && syntheticText == "1";
        return new SnapshotIdentity(version, created, synthetic, meta)
        {
            Import = Optional(() => SnapshotImport.Read(database)),
            _timeAxis = new(() => Task.Run(() => CountTimeAxis(database.Path, cancellation))),
        };
    }

    /// <summary>How a snapshot of an earlier version is brought up to date: in place for SQLite; a DuckDB or PostgreSQL
    /// snapshot is written again from the SQLite one it came from.</summary>
    private static string UpgradeAdvice(SnapshotDatabase database) => database.Engine == Spec.SnapshotEngine.Sqlite
        ? $"run `hfreports snapshot upgrade {database.Path}` (every row is kept)"
        : "upgrade the SQLite snapshot it was written from (`hfreports snapshot upgrade F.db`) and write it again with `hfreports snapshot copy F.db --out ...` (a demo: run `snapshot demo` again)";

    private static string CountTimeAxis(string snapshotPath, CancellationToken cancellation)
    {
        using var own = SnapshotDatabase.OpenReadOnly(snapshotPath);
        return Optional(() => TimeAxisOf(own, cancellation)) ?? HubTimeAxis;
    }

    private static string TimeAxisOf(SnapshotDatabase database, CancellationToken cancellation)
    {
        var row = SnapshotRead.Rows(database, "select count(case when created_source = 'hub' then 1 end), count(case when created_source <> 'hub' then 1 end) from models",
            "has no models table", cancellation)[0];
        var (hub, other) = (Convert.ToInt64(row[0], CultureInfo.InvariantCulture), Convert.ToInt64(row[1], CultureInfo.InvariantCulture));
        return hub >= other && hub > 0 ? HubTimeAxis : ProxyTimeAxis;
    }

    /// <summary>A hand-made snapshot may lack the import bookkeeping; it is then described as unknown, not refused.</summary>
    private static T? Optional<T>(Func<T?> read) where T : class
    {
        try
        {
            return read();
        }
        catch (SnapshotException)
        {
            return null;
        }
    }

    /// <summary>The snapshot_meta entries; values that are numbers are read as their text, NULL values are left out.</summary>
    public static SortedDictionary<string, string> ReadMeta(SnapshotDatabase database, CancellationToken cancellation)
    {
        var meta = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in SnapshotRead.Rows(database, "SELECT key, value FROM snapshot_meta", "is not an HfReports snapshot", cancellation))
        {
            if (row[0] is not string key)
                throw new SnapshotException($"'{database.Path}' is not a valid HfReports snapshot: snapshot_meta holds a key that is {SnapshotRead.Kind(row[0])}, not text");
            if (row[1] is null) continue;
            var value = row[1] as string ?? Convert.ToString(row[1], CultureInfo.InvariantCulture)!;
            if (!meta.TryAdd(key, value))
                throw new SnapshotException($"'{database.Path}' is not a valid HfReports snapshot: snapshot_meta holds the key '{Spec.Printable.Escape(key)}' more than once");
        }
        return meta;
    }
}
