using Dapper;

namespace HfReports.Engine.Query;

/// <summary>The import a snapshot's `models` were cleaned from (the one reports describe), and how many imports and
/// generations the snapshot holds. Builds state it in every output and check it against the generations a report serves.</summary>
public sealed record SnapshotImport(long Id, string Source, string Format, string Generation, string AsOf, int ImportCount,
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
        var row = database.Connection.QueryFirstOrDefault<(long Id, string Source, string Format, string Generation, string AsOf)>(
            """
            select import_id, source_name, format, generation, as_of from imports
            where import_id = coalesce((select import_id from models limit 1),
                                       (select import_id from imports order by as_of desc, import_id desc limit 1))
            """);
        if (row.Source is null) return null;
        var count = database.Connection.ExecuteScalar<int>("select count(*) from imports");
        var generations = database.Connection.Query<string>("select distinct generation from imports order by generation").ToArray();
        return new SnapshotImport(row.Id, row.Source, row.Format, row.Generation, row.AsOf, count, generations);
    }
}
