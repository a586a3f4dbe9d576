using Dapper;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Import;

/// <summary>
/// v1 and v2 exports score different benchmarks (ARC ... GSM8K vs IFEval ... MMLU-PRO), so their
/// averages cannot be compared. A snapshot may hold both (the importer allows it), but never
/// silently: the import that mixes them warns, naming each generation's imports.
/// </summary>
internal static class GenerationMix
{
    public static IReadOnlyList<string> Warnings(SqliteConnection connection, SqliteTransaction transaction, string snapshotPath)
    {
        var imports = connection.Query<StoredImport>(
            "SELECT generation AS Generation, source_name AS Source, as_of AS AsOf FROM imports ORDER BY generation, as_of, import_id",
            transaction: transaction).AsList();
        var generations = imports.Select(import => import.Generation).Distinct().ToList();
        if (generations.Count < 2) return [];
        var current = connection.QuerySingle<StoredImport>(
            "SELECT generation AS Generation, source_name AS Source, as_of AS AsOf FROM imports ORDER BY as_of DESC, import_id DESC LIMIT 1",
            transaction: transaction);
        var listed = string.Join("; ", generations.Select(generation =>
            $"{generation}: " + string.Join(", ", imports.Where(i => i.Generation == generation).Select(i => $"{i.Source} (as of {i.AsOf})"))));
        return
        [
            $"mixing {string.Join(" and ", generations)} in one snapshot ({snapshotPath}): {listed}. Their benchmarks differ, so " +
            $"scores are not comparable across them; the cleaned models (and the reports) come from the newest import, {current.Source} ({current.Generation}).",
        ];
    }

    internal sealed record StoredImport(string Generation, string Source, string AsOf);
}
