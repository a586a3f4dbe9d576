using HfReports.Tests.Support;
using Xunit;
using HfReports.Ingest.Import;

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

    public void Dispose() => _folder.Dispose();
}
