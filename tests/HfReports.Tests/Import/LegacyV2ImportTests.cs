using HfReports.Ingest.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>The older v2 header (`t,model,average,ifeval,ifeval_raw,...,not_merged,...`).</summary>
public sealed class LegacyV2ImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Legacy_v2_rows_map_score_pairs_and_the_negated_merge_flag()
    {
        var file = _folder.Write("leaderboard-v2_2024-07-01.csv", string.Join("\n",
            SmallExports.V2LegacyHeader, SmallExports.V2LegacyRow("q/merged", notMerged: "FALSE"), SmallExports.V2LegacyRow("q/plain", average: "31")) + "\n");
        var snapshot = _folder.File("s.db");

        var result = Assert.Single(SnapshotImporter.Run(new ImportOptions([file], snapshot)).Files);

        Assert.Equal(("v2-legacy-csv", "2024-07-01", 2), (result.Format, result.AsOf, result.RowsKept));
        Assert.Equal("v2", SnapshotQueries.Scalar<string>(snapshot, "SELECT generation FROM imports"));
        var merged = SnapshotQueries.List<(int IsMerged, double IfEval, double IfEvalRaw, double MathLvl5Raw, string License, string Type)>(snapshot,
            "SELECT is_merged, ifeval, ifeval_raw, math_lvl5_raw, license, model_type FROM leaderboard_entries WHERE fullname = 'q/merged'").Single();
        Assert.Equal((1, 70.1, 0.701, 0.103, "mit", "chat models (RLHF, DPO, IFT, ...)"), merged);
        Assert.Equal(0, SnapshotQueries.Scalar<int>(snapshot, "SELECT is_merged FROM leaderboard_entries WHERE fullname = 'q/plain'"));
    }

    [Fact]
    public void Legacy_v2_flagged_and_moe_are_inverted_like_v1()
    {
        var file = _folder.Write("leaderboard-v2_2024-07-02.csv", string.Join("\n",
            SmallExports.V2LegacyHeader,
            SmallExports.V2LegacyRow("q/dense"),
            SmallExports.V2LegacyRow("q/flagged", flagged: "FALSE"),
            SmallExports.V2LegacyRow("q/experts", moe: "FALSE")) + "\n");
        var snapshot = _folder.File("s.db");

        SnapshotImporter.Run(new ImportOptions([file], snapshot));

        var entries = SnapshotQueries.List<(string Name, int Flagged, int Moe)>(snapshot,
            "SELECT fullname, is_flagged, is_moe FROM leaderboard_entries ORDER BY source_line");
        Assert.Equal([("q/dense", 0, 0), ("q/flagged", 1, 0), ("q/experts", 0, 1)], entries);
        Assert.Equal(["q/dense", "q/experts"], SnapshotQueries.List<string>(snapshot, "SELECT fullname FROM models ORDER BY fullname"));
    }

    [Fact]
    public void V1_rows_keep_their_commit()
    {
        var file = _folder.Write("leaderboard-v1_2024-07-03.csv", SmallExports.V1(SmallExports.V1Row("p/one")));
        var snapshot = _folder.File("s.db");

        SnapshotImporter.Run(new ImportOptions([file], snapshot));

        Assert.Equal([("p/one", "abc123")], SnapshotQueries.List<(string Name, string Sha)>(snapshot, "SELECT fullname, model_sha FROM leaderboard_entries"));
    }

    [Fact]
    public void Legacy_v2_names_the_model_by_fullname_and_keeps_its_commit()
    {
        // `model` is what the leaderboard showed (a display name in some rows); `fullname` is the repository.
        var row = SmallExports.V2LegacyRow("q/repo").Replace("💬,q/repo,", "💬,Pretty Name,");
        var file = _folder.Write("leaderboard-v2_2024-07-03.csv", string.Join("\n", SmallExports.V2LegacyHeader, row) + "\n");
        var snapshot = _folder.File("s.db");

        SnapshotImporter.Run(new ImportOptions([file], snapshot));

        Assert.Equal([("q/repo", "def456")], SnapshotQueries.List<(string Name, string Sha)>(snapshot, "SELECT fullname, model_sha FROM leaderboard_entries"));
    }

    /// <summary>
    /// The real 2024-12-10 export: `flagged=TRUE` on all 2,196 rows and `moe=FALSE` on 51 rows (Mixtral,
    /// Qwen2-MoE, Jamba, ... ; Mixtral-8x7B-v0.1 twice). Read literally, every model would be flagged.
    /// Counts checked with Python's csv module on the file (data/README.md).
    /// </summary>
    [RealExportFact]
    public void Real_legacy_v2_export_keeps_every_model_and_finds_the_mixture_of_experts()
    {
        var snapshot = _folder.File("legacy.db");
        var summary = SnapshotImporter.Run(new ImportOptions([RealExports.V2Legacy], snapshot));

        var file = Assert.Single(summary.Files);
        Assert.Equal(("v2-legacy-csv", "2024-12-10", 2196, 2196, 0, 2135),
            (file.Format, file.AsOf, file.RowsRead, file.RowsKept, file.RowsSkipped, file.DistinctModels));
        Assert.Equal("v2", SnapshotQueries.Scalar<string>(snapshot, "SELECT generation FROM imports"));
        Assert.Equal(0, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE is_flagged = 1"));
        Assert.Equal(51, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE is_moe = 1"));
        Assert.Equal(2135, summary.CleanModels);
        Assert.Equal(50, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM models WHERE is_moe = 1"));
        Assert.Equal(1, SnapshotQueries.Scalar<int>(snapshot, "SELECT is_moe FROM models WHERE fullname = 'mistralai/Mixtral-8x7B-v0.1'"));
        Assert.Equal(0, SnapshotQueries.Scalar<int>(snapshot, "SELECT is_moe FROM models WHERE fullname = 'mistralai/Mistral-7B-v0.1'"));
        Assert.Equal(362, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE is_merged = 1")); // not_merged = FALSE
        Assert.Equal(("v2", 0), (file.Generation, file.RowsFlagged));
        Assert.Empty(file.Warnings!);
        Assert.Equal(497, SnapshotQueries.Scalar<int>(snapshot, "SELECT COUNT(DISTINCT owner) FROM models"));
    }

    public void Dispose() => _folder.Dispose();
}
