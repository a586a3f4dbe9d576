using HfReports.Ingest.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>The real v2 export, and both real exports kept as two dated imports of one snapshot.</summary>
public sealed class RealV2AndDatedImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [RealExportFact]
    public void V2_export_counts_types_and_score_pairs()
    {
        var snapshot = _folder.File("v2.db");
        var file = Assert.Single(SnapshotImporter.Run(new ImportOptions([RealExports.V2], snapshot)).Files);

        Assert.Equal(("v2-flat-csv", "2025-03-15", 4576, 4576, 4497), (file.Format, file.AsOf, file.RowsRead, file.RowsKept, file.DistinctModels));
        var perType = SnapshotQueries.Counts(snapshot, "SELECT model_type, COUNT(*) FROM leaderboard_entries GROUP BY model_type");
        Assert.Equal(1785, perType["fine-tuned on domain-specific datasets"]);
        Assert.Equal(1724, perType["base merges and moerges"]);
        Assert.Equal(718, perType["chat models (RLHF, DPO, IFT, ...)"]);
        Assert.Equal(9, perType["multimodal"]);
        Assert.Equal(7, perType["other"]);
        // Normalised score in ifeval, raw accuracy in ifeval_raw (first data row, 0-hero/Matter-0.2-7B-DPO).
        var first = SnapshotQueries.List<(double IfEval, double IfEvalRaw, double Average, long Distance, string Uploaded, string Submitted)>(snapshot,
            "SELECT ifeval, ifeval_raw, average, base_distance, uploaded_at, submitted_at FROM leaderboard_entries WHERE source_line = 2").Single();
        Assert.Equal((33.0279214705869, 0.330279214705869, 8.90636130175029, 0L, "2024-04-13", "2024-08-05T00:00:00Z"), first);
        // v2 marks unknown sizes with -1 (3 rows) as well as 0 (7 rows).
        Assert.Equal(10, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE params_b IS NULL"));
        Assert.Equal(1, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE is_flagged = 1"));
        // data/README.md's counts, checked independently with Python's csv module (booleans as named).
        Assert.Equal(("v2", 1), (file.Generation, file.RowsFlagged));
        Assert.Empty(file.Warnings!);
        Assert.Equal(("open-llm-leaderboard-v2_2025-03-15.csv", "v2"),
            SnapshotQueries.List<(string, string)>(snapshot, "SELECT source_name, generation FROM imports").Single());
        Assert.Equal(4496, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM models"));
        Assert.Equal(75, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM models WHERE is_moe = 1"));
        Assert.Equal(715, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(DISTINCT owner) FROM models"));
        // models.base_model (schema version 2), counted with Python's csv module: every kept model names one; 1228 name
        // themselves, 520 'Removed'; the most named base is Qwen/Qwen2.5-0.5B (111 models).
        Assert.Equal((4496, 1228, 520), SnapshotQueries.List<(int, int, int)>(snapshot,
            "SELECT count(base_model), count(CASE WHEN base_model = fullname THEN 1 END), count(CASE WHEN base_model = 'Removed' THEN 1 END) FROM models").Single());
        Assert.Equal(("Qwen/Qwen2.5-0.5B", 111), SnapshotQueries.List<(string, int)>(snapshot,
            "SELECT base_model, count(*) FROM models WHERE base_model NOT IN (fullname, 'Removed') GROUP BY base_model ORDER BY count(*) DESC LIMIT 1").Single());
    }

    [RealExportFact]
    public void Two_exports_are_two_dated_imports_and_models_follow_the_newest()
    {
        var snapshot = _folder.File("both.db");
        SnapshotImporter.Run(new ImportOptions([RealExports.V2], snapshot));
        var second = SnapshotImporter.Run(new ImportOptions([RealExports.V1], snapshot)); // older export added later

        Assert.False(second.NothingChanged);
        var mixing = Assert.Single(second.Warnings);
        Assert.StartsWith("mixing v1 and v2 in one snapshot", mixing);
        Assert.Contains("v1: open-llm-leaderboard-v1_2024-07-13.csv (as of 2024-07-13); v2: open-llm-leaderboard-v2_2025-03-15.csv (as of 2025-03-15)", mixing);
        Assert.EndsWith("come from the newest import, open-llm-leaderboard-v2_2025-03-15.csv (v2).", mixing);
        var imports = SnapshotQueries.List<(string Format, string AsOf, int Rows)>(snapshot, "SELECT format, as_of, rows_kept FROM imports ORDER BY as_of");
        Assert.Equal([("v1-csv", "2024-07-13", 7169), ("v2-flat-csv", "2025-03-15", 4576)], imports);
        Assert.Equal("2025-03-15", second.CurrentAsOf);
        Assert.Equal(1, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(DISTINCT import_id) FROM models"));
        Assert.Equal("2025-03-15", SnapshotQueries.Scalar<string>(snapshot,
            "SELECT i.as_of FROM models m JOIN imports i USING (import_id) LIMIT 1"));
        Assert.Equal("2025-03-15T00:00:00Z", SnapshotQueries.Scalar<string>(snapshot, "SELECT value FROM snapshot_meta WHERE key = 'created_at'"));
        // A model on both boards can be compared across dates.
        Assert.Equal(2, SnapshotQueries.Scalar<int>(snapshot,
            "SELECT COUNT(DISTINCT import_id) FROM leaderboard_entries WHERE fullname = '01-ai/Yi-1.5-34B'"));
    }

    [RealExportFact]
    public void Reimporting_the_same_export_changes_nothing()
    {
        var snapshot = _folder.File("again.db");
        SnapshotImporter.Run(new ImportOptions([RealExports.V1], snapshot));
        var before = File.ReadAllBytes(snapshot);

        var again = SnapshotImporter.Run(new ImportOptions([RealExports.V1], snapshot));

        Assert.True(again.NothingChanged);
        Assert.True(Assert.Single(again.Files).AlreadyImported);
        Assert.Equal(before, File.ReadAllBytes(snapshot));
        Assert.Equal(1, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM imports"));
    }

    public void Dispose() => _folder.Dispose();
}
