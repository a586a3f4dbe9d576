using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>Facts of the real v1 export (2024-07-13) after import and cleaning (paper §0.3-0.5, Tables 1 and 5).</summary>
public sealed class RealV1ExportTests(RealV1ImportFixture fixture) : IClassFixture<RealV1ImportFixture>
{
    private string Snapshot => fixture.Snapshot!;

    [RealExportFact]
    public void Import_reads_every_entry_and_knows_the_distinct_and_clean_models()
    {
        var file = Assert.Single(fixture.Summary!.Files);
        Assert.Equal(("v1-csv", "2024-07-13", 7169, 7169, 0, 6811),
            (file.Format, file.AsOf, file.RowsRead, file.RowsKept, file.RowsSkipped, file.DistinctModels));
        Assert.Equal(7169, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM leaderboard_entries"));
        Assert.Equal(6811, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(DISTINCT fullname) FROM leaderboard_entries"));
        Assert.Equal(6710, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models"));
        Assert.Equal(6710, fixture.Summary.CleanModels);
    }

    /// <summary>
    /// The counts data/README.md documents for this export, checked independently with Python's csv module (best
    /// average per fullname, then flagged dropped, `flagged`/`moe` inverted; owner = the part before '/', else the name).
    /// </summary>
    [RealExportFact]
    public void Import_records_generation_source_and_date_and_counts_flagged_moe_and_owners()
    {
        var file = Assert.Single(fixture.Summary!.Files);
        Assert.Equal(("v1", 109), (file.Generation, file.RowsFlagged));
        Assert.Empty(file.Warnings!);
        Assert.Equal(("open-llm-leaderboard-v1_2024-07-13.csv", "v1-csv", "v1", "2024-07-13"),
            SnapshotQueries.List<(string, string, string, string)>(Snapshot, "SELECT source_name, format, generation, as_of FROM imports").Single());
        Assert.Equal(508, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models WHERE is_moe = 1"));
        Assert.Equal(1322, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(DISTINCT owner) FROM models"));
        // Three models have no owner prefix; each is its own owner (none is the empty owner).
        Assert.Equal(0, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models WHERE owner = ''"));
        Assert.Equal(3, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models WHERE owner = fullname"));
    }

    /// <summary>
    /// The rule is C1 as written (best average, ties to the latest submission). The paper's table
    /// 0.4 says 3832 fine-tuned / 1316 chat: that is what keeping the first row of a tie in file
    /// order gives. Three tied models differ in type between their entries
    /// (Phi-3-medium-128k-instruct, chatty123/mistral_rank32_dpo, JiheonJeong/v1), hence 3833 / 1315.
    /// </summary>
    [RealExportFact]
    public void Clean_models_per_type()
    {
        var perType = SnapshotQueries.Counts(Snapshot, "SELECT type_label, COUNT(*) FROM models GROUP BY type_label");
        Assert.Equal(new Dictionary<string, int>
        {
            ["fine-tuned on domain-specific datasets"] = 3833,
            ["chat models (RLHF, DPO, IFT, ...)"] = 1315,
            ["base merges and moerges"] = 977,
            ["pretrained"] = 358,
            ["continuously pretrained"] = 61,
            ["unknown"] = 166,
        }, perType);
    }

    [RealExportFact]
    public void Clean_models_per_licence_match_table_5()
    {
        var perLicence = SnapshotQueries.Counts(Snapshot, "SELECT coalesce(license, '(none)'), COUNT(*) FROM models GROUP BY license");
        Assert.Equal(2544, perLicence["apache-2.0"]);
        Assert.Equal(518, perLicence["cc-by-nc-4.0"]);
        Assert.Equal(410, perLicence["mit"]);
        Assert.Equal(390, perLicence["llama2"]);
        Assert.Equal(129, perLicence["llama3"]);
        Assert.Equal(21, perLicence["gemma"]);
        Assert.Equal(1679, perLicence["(none)"]); // empty licence is stored as NULL
        Assert.Equal(663, perLicence["other"]);
        Assert.Equal(11, perLicence["unknown"]); // paper-figures.md says 15: that is the raw row count, 11 after C1-C3
    }

    [RealExportFact]
    public void Top_models_by_average_match_table_1()
    {
        var top = SnapshotQueries.List<(string Name, double Average)>(Snapshot,
            "SELECT short_name, average FROM models ORDER BY average DESC, fullname LIMIT 8");
        Assert.Equal(
        [
            ("Le_Triomphant-ECE-TW3", 81.31), ("Ein-70B-v2", 81.29), ("free-evo-qwen72b-v0.8", 81.28),
            ("free-evo-qwen72b-v0.8-re", 81.28), ("Rhea-72b-v0.5", 81.22), ("Rhea-72b-v0.4", 81.09),
            ("MultiVerse_70B", 81.0), ("Ein-72B-v0.1", 80.99),
        ], top);
        var leader = SnapshotQueries.List<(string TypeShort, double Params, double Arc, double Mmlu, double Gsm8k)>(Snapshot,
            "SELECT type_short, params_b, arc, mmlu, gsm8k FROM models WHERE short_name = 'Le_Triomphant-ECE-TW3'").Single();
        Assert.Equal(("Base Merge", 72.0, 78.5, 77.81, 79.83), leader);
    }

    [RealExportFact]
    public void Flagged_contaminated_models_are_kept_as_entries_but_not_in_models()
    {
        Assert.Equal(2, SnapshotQueries.Scalar<int>(Snapshot,
            "SELECT COUNT(*) FROM leaderboard_entries WHERE fullname LIKE 'Contamination/%' AND is_flagged = 1"));
        Assert.Equal(0, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models WHERE fullname LIKE 'Contamination/%'"));
    }

    [RealExportFact]
    public void Inverted_v1_booleans_are_corrected_and_availability_is_not()
    {
        var sums = SnapshotQueries.List<(int Flagged, int Merged, int Moe, int Available)>(Snapshot,
            "SELECT sum(is_flagged), sum(is_merged), sum(is_moe), sum(available_on_hub) FROM leaderboard_entries").Single();
        Assert.Equal((109, 1329, 563, 5192), sums); // the raw 'FALSE' counts of flagged/merged/moe; 'TRUE' count of availability
    }

    [RealExportFact]
    public void Unknown_sizes_types_and_dates_are_null_and_times_are_iso()
    {
        Assert.Equal(624, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE params_b IS NULL"));
        Assert.Equal(175, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE model_type IS NULL"));
        Assert.Equal(25, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM leaderboard_entries WHERE submitted_at IS NULL"));
        Assert.Equal(0, SnapshotQueries.Scalar<int>(Snapshot,
            "SELECT COUNT(*) FROM leaderboard_entries WHERE submitted_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'"));
        Assert.Equal("2023-07-19T17:17:58Z", SnapshotQueries.Scalar<string>(Snapshot, "SELECT min(submitted_at) FROM leaderboard_entries"));
        Assert.Equal("2024-06-15T11:45:04Z", SnapshotQueries.Scalar<string>(Snapshot, "SELECT max(submitted_at) FROM leaderboard_entries"));
    }

    [RealExportFact]
    public void Architecture_groups_are_the_papers_nine()
    {
        var groups = SnapshotQueries.List<string>(Snapshot, "SELECT DISTINCT arch_group FROM models WHERE arch_group <> 'Other' ORDER BY 1");
        Assert.Equal(["GPT-NeoX", "GPT2", "Gemma", "LLama", "Mistral", "Mixtral", "Opt", "Phi", "Qwen2"], groups);
        Assert.Equal(2460, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models WHERE arch_group = 'LLama'"));
    }

    [RealExportFact]
    public void Snapshot_meta_is_reproducible()
    {
        var meta = SnapshotQueries.Counts(Snapshot, "SELECT key || '=' || value, 1 FROM snapshot_meta").Keys.Order().ToList();
        Assert.Equal(["created_at=2024-07-13T00:00:00Z", "generator=hfreports snapshot import", "schema_version=3", "synthetic=0"], meta);
    }
}
