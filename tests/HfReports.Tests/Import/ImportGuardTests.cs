using HfReports.Cli;
using HfReports.Ingest.Import;
using HfReports.Ingest.Import.Formats;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>
/// Imports that would silently lose everything stop instead (nearly every row flagged, no model
/// left after cleaning), naming the column, with the snapshot untouched; optional columns the
/// reports read are warned about when missing.
/// </summary>
public sealed class ImportGuardTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Snapshot => _folder.File("snapshot.db");

    private ImportSummary Import(string file, bool force = false) => SnapshotImporter.Run(new ImportOptions([file], Snapshot, Force: force));

    private string GoodV1() => _folder.Write("good_2024-01-01.csv", SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two")));

    /// <summary>The legacy v2 file read literally (flagged = 'TRUE' taken as flagged) would flag every row: written here as
    /// 'FALSE' on every row, which the legacy reader (inverted, like v1) reads as flagged.</summary>
    private string AllFlaggedLegacy() => _folder.Write("legacy_2024-12-10.csv", string.Join("\n",
        SmallExports.V2LegacyHeader, SmallExports.V2LegacyRow("q/one", flagged: "FALSE"), SmallExports.V2LegacyRow("q/two", flagged: "FALSE"),
        SmallExports.V2LegacyRow("q/three", flagged: "FALSE")) + "\n");

    [Fact]
    public void Real_exports_are_not_mixed_into_the_synthetic_demo_snapshot()
    {
        HfReports.Ingest.Demo.DemoSnapshotGenerator.Write(Snapshot, new HfReports.Ingest.Demo.DemoOptions(500, 1));
        var before = File.ReadAllBytes(Snapshot);

        var error = Assert.Throws<ImportEnvironmentException>(() => Import(GoodV1()));

        Assert.Equal($"{Snapshot}: is a synthetic demo snapshot; real exports are not mixed into it (use --force to replace it)", error.Message);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(Snapshot));
    }

    [Fact]
    public void Nearly_every_row_flagged_stops_the_import_naming_the_column()
    {
        var error = Assert.Throws<ImportDataException>(() => Import(AllFlaggedLegacy()));

        Assert.StartsWith("legacy_2024-12-10.csv: column 'flagged' marks 3 of 3 rows (100 %) as flagged " +
                          "(v2-legacy-csv reads it inverted, as the v1 export writes it: 'FALSE' means flagged)", error.Message);
        Assert.Contains("no model would be kept and nothing was imported", error.Message);
        Assert.False(File.Exists(Snapshot));
    }

    [Fact]
    public void Ninety_percent_flagged_is_still_accepted_and_one_more_row_is_not()
    {
        // 9 of 10 flagged is exactly 90 %: accepted (one model kept); 10 of 11 (90.9 %) is refused.
        var nine = Enumerable.Range(0, 9).Select(i => SmallExports.V1Row($"f/{i}", flagged: "FALSE")).ToList();
        var accepted = _folder.Write("ninety_2024-01-01.csv", SmallExports.V1([.. nine, SmallExports.V1Row("k/kept")]));
        Assert.Equal(9, Assert.Single(Import(accepted).Files).RowsFlagged);
        Assert.Equal(1, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models"));

        var refused = _folder.Write("more_2024-01-01.csv", SmallExports.V1([.. nine, SmallExports.V1Row("f/9", flagged: "FALSE"), SmallExports.V1Row("k/kept")]));
        var error = Assert.Throws<ImportDataException>(() => Import(refused, force: true));
        Assert.StartsWith("more_2024-01-01.csv: column 'flagged' marks 10 of 11 rows (90.9 %) as flagged", error.Message);
        Assert.Contains("almost no model would be kept", error.Message);
    }

    [Fact]
    public void Every_models_best_entry_flagged_keeps_no_model_and_stops_the_import()
    {
        // Half the rows are flagged, but each model's best entry is: cleaning (C1 then C3) would keep nothing.
        var file = _folder.Write("best_2024-01-01.csv", SmallExports.V1(
            SmallExports.V1Row("a/one", average: "70", flagged: "FALSE"), SmallExports.V1Row("a/one", average: "60"),
            SmallExports.V1Row("b/two", average: "50", flagged: "FALSE"), SmallExports.V1Row("b/two", average: "40")));

        var error = Assert.Throws<ImportDataException>(() => Import(file));

        Assert.Equal("best_2024-01-01.csv: cleaning would keep no model: the best entry of every model is flagged in column 'flagged' " +
                     "(v1-csv reads it inverted, as the v1 export writes it: 'FALSE' means flagged); nothing was imported. " +
                     "Check how this export writes that column.", error.Message);
        Assert.False(File.Exists(Snapshot));
    }

    [Fact]
    public void A_refused_import_leaves_an_existing_snapshot_byte_for_byte_as_it_was()
    {
        Import(GoodV1());
        var before = File.ReadAllBytes(Snapshot);

        var added = CliRunner.Run("snapshot", "import", AllFlaggedLegacy(), "--out", Snapshot);
        var forced = CliRunner.Run("snapshot", "import", AllFlaggedLegacy(), "--out", Snapshot, "--force");

        Assert.Equal(ExitCodes.BadData, added.ExitCode);
        Assert.Equal(ExitCodes.BadData, forced.ExitCode);
        Assert.Contains("error: legacy_2024-12-10.csv: column 'flagged' marks 3 of 3 rows", added.Error);
        Assert.Equal(before, File.ReadAllBytes(Snapshot));
        Assert.Equal([Path.GetFileName(Snapshot)], Directory.GetFiles(_folder.Path, "snapshot*").Select(Path.GetFileName));
    }

    [Fact]
    public void Missing_licence_and_date_columns_are_warnings_naming_what_the_paper_loses()
    {
        var file = _folder.Write("old_2024-01-01.csv",
            SmallExports.WithoutColumns(SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two")), "hub_license", "date"));

        var run = CliRunner.Run("snapshot", "import", file, "--out", Snapshot);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var warnings = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, warnings.Length);
        Assert.Equal($"warning: old_2024-01-01.csv:1: no 'hub_license' column: {ReportUses.Licences}", warnings[0]);
        Assert.Equal($"warning: old_2024-01-01.csv:1: no 'date' column: {ReportUses.Dates}", warnings[1]);
        Assert.Contains("Table 5", warnings[0]);
        Assert.Contains("Figures 4, 5, 6, 7, 10 and the best-per-size panel of Figure 8", warnings[1]);
        Assert.Equal(2, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM models"));
    }

    [Fact]
    public void A_use_fed_by_either_of_two_columns_is_lost_only_when_both_are_missing()
    {
        var notMergedOnly = _folder.Write("a_2024-07-01.csv", string.Join("\n", SmallExports.V2LegacyHeader, SmallExports.V2LegacyRow("q/one")) + "\n");
        var neither = _folder.Write("b_2024-07-02.csv",
            SmallExports.WithoutColumns(string.Join("\n", SmallExports.V2LegacyHeader, SmallExports.V2LegacyRow("q/one")) + "\n", "not_merged"));

        Assert.Empty(Assert.Single(SnapshotImporter.Run(new ImportOptions([notMergedOnly], _folder.File("a.db"))).Files).Warnings!);
        var warning = Assert.Single(Assert.Single(SnapshotImporter.Run(new ImportOptions([neither], _folder.File("b.db"))).Files).Warnings!);
        Assert.Equal($"b_2024-07-02.csv:1: no 'not_merged' or 'merged' column: {ReportUses.Merges}", warning);
    }

    [Fact]
    public void A_complete_export_has_no_warning()
    {
        var summary = Import(GoodV1());
        Assert.Empty(Assert.Single(summary.Files).Warnings!);
        Assert.Empty(summary.Warnings);
    }

    [Fact]
    public void A_repository_without_an_owner_prefix_is_its_own_owner()
    {
        var file = _folder.Write("owners_2024-01-01.csv", SmallExports.V1(
            SmallExports.V1Row("gpt2"), SmallExports.V1Row("distilgpt2"), SmallExports.V1Row("openai-community/gpt2"), SmallExports.V1Row("openai-community/gpt2-xl")));

        Import(file);

        var owners = SnapshotQueries.List<(string FullName, string Owner, string ShortName)>(Snapshot, "SELECT fullname, owner, short_name FROM models ORDER BY fullname");
        Assert.Equal(
        [
            ("distilgpt2", "distilgpt2", "distilgpt2"), ("gpt2", "gpt2", "gpt2"),
            ("openai-community/gpt2", "openai-community", "gpt2"), ("openai-community/gpt2-xl", "openai-community", "gpt2-xl"),
        ], owners);
        Assert.Equal(3, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(DISTINCT owner) FROM models"));
    }

    public void Dispose() => _folder.Dispose();
}
