using HfReports.Ingest.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>The newer v2 export, flattened from the leaderboard's JSON (`id,model_name,...,metadata_co2_cost`), on rows
/// the test writes: the column meanings are data/README.md's (booleans as named; `features_is_not_available_on_hub`
/// negated into `available_on_hub`; the normalised score is the benchmark's, the value its raw accuracy).</summary>
public sealed class FlatV2ImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Flat_v2_rows_map_names_scores_and_the_negated_availability()
    {
        var file = _folder.Write("open-llm-leaderboard-v2_2025-03-15.csv", string.Join("\n",
            SmallExports.V2FlatHeader, SmallExports.V2FlatRow("q/plain"), SmallExports.V2FlatRow("q/gone", notAvailable: "TRUE", merged: "TRUE")) + "\n");
        var snapshot = _folder.File("s.db");

        var result = Assert.Single(SnapshotImporter.Run(new ImportOptions([file], snapshot)).Files);

        Assert.Equal(("v2-flat-csv", "2025-03-15", 2), (result.Format, result.AsOf, result.RowsKept));
        Assert.Equal("v2", SnapshotQueries.Scalar<string>(snapshot, "SELECT generation FROM imports"));
        var entries = SnapshotQueries.List<(string Name, string Sha, int Available, int Merged, double IfEval, double IfEvalRaw, double Average)>(snapshot,
            "SELECT fullname, model_sha, available_on_hub, is_merged, ifeval, ifeval_raw, average FROM leaderboard_entries ORDER BY source_line");
        Assert.Equal([("q/plain", "0123abcd", 1, 0, 33.0, 0.33, 8.9), ("q/gone", "0123abcd", 0, 1, 33.0, 0.33, 8.9)], entries);
        var plain = SnapshotQueries.List<(double Params, int Likes, string License, string Base, int Distance, double Co2)>(snapshot,
            "SELECT params_b, likes, license, base_model, base_distance, co2_cost FROM leaderboard_entries WHERE fullname = 'q/plain'").Single();
        Assert.Equal((7.242, 3, "apache-2.0", "base/model", 1, 1.25), plain);
    }

    public void Dispose() => _folder.Dispose();
}
