namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// What the shipped paper (reports/paper) loses when an export has no column for a value: the
/// import names it in a warning instead of leaving a later build to fail or print empty figures.
/// Kept true to the paper's SQL by a test (ReportUsesTests) that finds, through the engine's own spec loader, every
/// figure and table of reports/paper/paper.yaml whose query reads the `models` column each use fills, and compares them
/// with the items named here. Ingest itself does not read the specs: it stays independent of the engine.
/// </summary>
internal static class ReportUses
{
    /// <summary>Each use with the column of the snapshot's `models` table it fills.</summary>
    public static IReadOnlyList<(string ModelsColumn, string Use)> All =>
    [
        ("license", Licences), ("created_at", Dates), ("params_b", Sizes), ("arch_group", Architectures),
        ("weight_type", WeightTypes), ("merge_lineage", Merges),
    ];

    public const string Licences =
        "every model's licence is unknown, so the paper's Table 5 (licences) and its licensing section have nothing to count";

    public const string Dates =
        "models have no date unless the snapshot is enriched from the Hub, so the paper's time figures (Figures 4, 5, 6, 7, 10 " +
        "and the best-per-size panel of Figure 8) are empty; the export's date must come from its file name or --as-of";

    public const string Sizes =
        "every model's size is unknown, so the paper's Figures 5, 6, 8, 9, 10, 11 and 12, Table 1's size column and the size facts of its sizes section are empty";

    public const string Architectures =
        "every model's architecture is unknown, so the paper's Figures 5 and 8 put every model in 'Other'";

    public const string WeightTypes = "the paper's Table 1 has an empty weight-type column";

    public const string Merges =
        "merges are recognised only by their type and name (C9), so the base-model families of the paper's Figures 6, 11 and 12 may include merges";
}
