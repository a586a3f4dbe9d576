namespace HfReports.Engine.Query;

/// <summary>
/// What changed between two snapshots' cleaned models: models added and removed, re-scored
/// (average moved by more than <see cref="ScoreTolerance"/>), licence changed, type changed.
/// Lists are sorted (names ordinal; re-scores by the size of the change), so reports are stable.
/// Snapshots of different leaderboard generations (v1 vs v2) score different benchmarks: their
/// averages are not compared, so nothing is called re-scored (<see cref="ScoresComparable"/>).
/// </summary>
public sealed record SnapshotDiff(
    SnapshotSummary Old,
    SnapshotSummary New,
    IReadOnlyList<ModelRow> Added,
    IReadOnlyList<ModelRow> Removed,
    IReadOnlyList<ValueChange<double?>> Rescored,
    IReadOnlyList<ValueChange<string?>> LicenceChanged,
    IReadOnlyList<ValueChange<string>> TypeChanged,
    int ModelsOnBoth)
{
    /// <summary>False when the snapshots' models come from different generations: averages mean different things.</summary>
    public bool ScoresComparable => Old.Generation == New.Generation;

    /// <summary>Null when the scores are comparable; else the sentence that says why nothing is re-scored.</summary>
    public string? GenerationNote => ScoresComparable ? null :
        $"the snapshots are of different leaderboard generations (old: {Old.Generation ?? "none"}, new: {New.Generation ?? "none"}), " +
        $"which score different benchmarks: averages are not comparable, so {(ModelsOnBoth == 1 ? "the one model on both is not" : $"none of the {ModelsOnBoth:N0} models on both is")} " +
        "reported as re-scored";

    /// <summary>Averages are stored to two decimals; anything within this is rounding, not a re-score.</summary>
    public const double ScoreTolerance = 0.005;

    public bool HasChanges => Added.Count + Removed.Count + Rescored.Count + LicenceChanged.Count + TypeChanged.Count > 0;

    /// <summary>Opens both snapshots read-only; a missing or foreign file is a <see cref="SnapshotException"/>.</summary>
    public static SnapshotDiff Compare(string oldPath, string newPath, CancellationToken cancellation = default)
    {
        var (oldSummary, oldModels) = Load(oldPath, cancellation);
        var (newSummary, newModels) = Load(newPath, cancellation);

        var added = newModels.Values.Where(m => !oldModels.ContainsKey(m.FullName)).OrderBy(m => m.FullName, StringComparer.Ordinal).ToArray();
        var removed = oldModels.Values.Where(m => !newModels.ContainsKey(m.FullName)).OrderBy(m => m.FullName, StringComparer.Ordinal).ToArray();
        var both = newModels.Values.Where(m => oldModels.ContainsKey(m.FullName))
            .Select(m => (Old: oldModels[m.FullName], New: m))
            .OrderBy(pair => pair.New.FullName, StringComparer.Ordinal)
            .ToArray();

        var comparable = oldSummary.Generation == newSummary.Generation;
        var rescored = both.Where(p => comparable && ScoreChanged(p.Old.Average, p.New.Average))
            .Select(p => new ValueChange<double?>(p.New.FullName, p.Old.Average, p.New.Average))
            .OrderByDescending(c => Math.Abs((c.New ?? 0) - (c.Old ?? 0)))
            .ThenBy(c => c.FullName, StringComparer.Ordinal)
            .ToArray();
        var licences = both.Where(p => !string.Equals(p.Old.License, p.New.License, StringComparison.Ordinal))
            .Select(p => new ValueChange<string?>(p.New.FullName, p.Old.License, p.New.License)).ToArray();
        var types = both.Where(p => !string.Equals(p.Old.TypeShort, p.New.TypeShort, StringComparison.Ordinal))
            .Select(p => new ValueChange<string>(p.New.FullName, p.Old.TypeShort, p.New.TypeShort)).ToArray();
        return new SnapshotDiff(oldSummary, newSummary, added, removed, rescored, licences, types, both.Length);
    }

    private static bool ScoreChanged(double? before, double? after) =>
        (before, after) switch
        {
            (null, null) => false,
            ({ } b, { } a) => Math.Abs(a - b) > ScoreTolerance,
            _ => true,
        };

    private static (SnapshotSummary, Dictionary<string, ModelRow>) Load(string path, CancellationToken cancellation)
    {
        using var database = SnapshotDatabase.OpenReadOnly(path);
        var identity = SnapshotIdentity.Read(database, cancellation, olderAccepted: true);
        var models = new Dictionary<string, ModelRow>(StringComparer.Ordinal);
        foreach (var row in SnapshotRead.Rows(database, "SELECT fullname, average, license, type_short FROM models", "cannot be read as a snapshot",
                     cancellation, SnapshotRead.MaxModelRows))
        {
            // A hand-altered snapshot can hold anything: a model without a name is not one the diff can match.
            if (row[0] is not string name)
                throw new SnapshotException($"'{path}' is not a valid HfReports snapshot: models holds a fullname that is {SnapshotRead.Kind(row[0])}");
            models[name] = new ModelRow(name, row[1] switch { double d => d, long l => l, _ => null }, row[2] as string, row[3] as string ?? "");
        }
        var sources = SnapshotRead.Rows(database, "SELECT source_name || ' (' || generation || ', as of ' || as_of || ')' FROM imports ORDER BY import_id",
                "cannot be read as a snapshot", cancellation)
            .Select(row => row[0] as string ?? "").ToArray();
        // The generation of the import the models were cleaned from; with no models, the newest import's (data/clean.sql).
        var generation = SnapshotRead.Rows(database,
                """
                SELECT generation FROM imports
                WHERE import_id = coalesce((SELECT import_id FROM models LIMIT 1),
                                           (SELECT import_id FROM imports ORDER BY as_of DESC, import_id DESC LIMIT 1))
                """, "cannot be read as a snapshot", cancellation)
            .Select(row => row[0] as string).FirstOrDefault();
        var created = identity.Meta.TryGetValue("created_at", out var text) ? text : "unknown";
        return (new SnapshotSummary(path, created, identity.Synthetic, models.Count, sources, generation), models);
    }
}

/// <summary>Which snapshot a side of the diff is: path, creation time, whether synthetic, model count, sources, and the
/// leaderboard generation ('v1', 'v2') its models come from (null without imports).</summary>
public sealed record SnapshotSummary(string Path, string CreatedAt, bool Synthetic, int Models, IReadOnlyList<string> Sources, string? Generation);

/// <summary>The columns of a cleaned model the diff compares.</summary>
public sealed record ModelRow(string FullName, double? Average, string? License, string TypeShort);

/// <summary>One model whose value differs between the old and the new snapshot.</summary>
public sealed record ValueChange<T>(string FullName, T Old, T New);
