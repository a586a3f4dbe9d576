namespace HfReports.Engine.Query;

/// <summary>The import a snapshot's `models` were cleaned from (the one reports describe), and how many imports and
/// generations the snapshot holds. Builds state it in every output and check it against the generations a report serves.</summary>
internal sealed record SnapshotImport(long Id, string Source, string Format, string Generation, string AsOf, int ImportCount,
    IReadOnlyList<string> Generations)
{
    public BenchmarkGeneration? Benchmarks => BenchmarkGeneration.Find(Generation);

    /// <summary>"import 2 of 2: open-llm-leaderboard-v2_2025-03-15.csv (v2-flat-csv) of 2025-03-15, leaderboard v2 (IFEval, ...)".</summary>
    public string Describe() =>
        $"import {Id}{(ImportCount > 1 ? $" of {ImportCount}" : "")}: {Source} ({Format}) of {AsOf}, leaderboard {Benchmarks?.Describe() ?? Generation}";

    /// <returns>Null for a snapshot without imports (then no report can say what it was built from).</returns>
    public static SnapshotImport? Read(SnapshotDatabase database)
    {
        // models holds one import's rows (data/clean.sql); with none, the newest import is the one a rebuild would clean.
        var rows = SnapshotRead.Rows(database,
            """
            select import_id, source_name, format, generation, as_of from imports
            where import_id = coalesce((select import_id from models limit 1),
                                       (select import_id from imports order by as_of desc, import_id desc limit 1))
            """, "has no imports table", CancellationToken.None);
        if (rows.Count == 0) return null;
        var row = (Id: Convert.ToInt64(rows[0][0], System.Globalization.CultureInfo.InvariantCulture), Source: (string)rows[0][1]!,
            Format: (string)rows[0][2]!, Generation: (string)rows[0][3]!, AsOf: (string)rows[0][4]!);
        var count = SnapshotRead.Rows(database, "select count(*) from imports", "has no imports table", CancellationToken.None).Count > 0
            ? Convert.ToInt32(SnapshotRead.Rows(database, "select count(*) from imports", "has no imports table", CancellationToken.None)[0][0],
                System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        var generations = SnapshotRead.Rows(database, "select distinct generation from imports order by generation", "has no imports table",
            CancellationToken.None).Select(r => (string)r[0]!).ToArray();
        return new SnapshotImport(row.Id, row.Source, row.Format, row.Generation, row.AsOf, count, generations);
    }
}
