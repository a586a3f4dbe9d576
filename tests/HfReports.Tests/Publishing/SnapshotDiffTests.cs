using System.Text.Json;
using HfReports.Cli;
using HfReports.Engine.Query;
using HfReports.Tests.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>`hfreports diff`: models added, removed, re-scored, licences and types changed between two imported snapshots.</summary>
public sealed class SnapshotDiffTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _old;
    private readonly string _new;

    public SnapshotDiffTests()
    {
        _old = PublishingSnapshots.Base(_folder, "old.db");
        _new = PublishingSnapshots.Import(_folder, "new.db", "small_2024-07-08.csv",
            SmallExports.V1Row("alpha/one", average: "62", license: "apache-2.0"),                                              // re-scored
            SmallExports.V1Row("beta/two", average: "55.1", license: "apache-2.0", type: "💬 chat models (RLHF, DPO, IFT, ...)"), // licence changed
            SmallExports.V1Row("delta/four", average: "40", license: "other", type: "🟢 pretrained"),                           // type changed
            SmallExports.V1Row("epsilon/five", average: "50", license: "mit"));                                                // added; gamma/three removed
    }

    [Fact]
    public void Compare_finds_each_kind_of_change()
    {
        var diff = SnapshotDiff.Compare(_old, _new);

        Assert.Equal(["epsilon/five"], diff.Added.Select(m => m.FullName).ToArray());
        Assert.Equal(["gamma/three"], diff.Removed.Select(m => m.FullName).ToArray());
        var rescored = Assert.Single(diff.Rescored);
        Assert.Equal(("alpha/one", 60.5, 62.0), (rescored.FullName, rescored.Old!.Value, rescored.New!.Value));
        var licence = Assert.Single(diff.LicenceChanged);
        Assert.Equal(("beta/two", "mit", "apache-2.0"), (licence.FullName, licence.Old, licence.New));
        var type = Assert.Single(diff.TypeChanged);
        Assert.Equal(("delta/four", "Base Merge", "Pretrained"), (type.FullName, type.Old, type.New));
        Assert.Equal((4, 4), (diff.Old.Models, diff.New.Models));
    }

    [Fact]
    public void A_snapshot_compared_with_itself_has_no_changes()
    {
        var diff = SnapshotDiff.Compare(_old, _old);

        Assert.False(diff.HasChanges);
        Assert.Contains("no model changed", CliRunner.Run("diff", _old, _old).Output);
    }

    [Fact]
    public void Text_report_gives_counts_and_examples_and_exits_0()
    {
        var run = CliRunner.Run("diff", _old, _new);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("small_2024-07-01.csv (v1, as of 2024-07-01)", run.Output);
        Assert.Contains("small_2024-07-08.csv (v1, as of 2024-07-08)", run.Output);
        Assert.Contains("added: 1", run.Output);
        Assert.Contains("  epsilon/five (50.00, Fine-tuned)", run.Output);
        Assert.Contains("removed: 1", run.Output);
        Assert.Contains("  alpha/one: 60.50 -> 62.00 (+1.50)", run.Output);
        Assert.Contains("  beta/two: mit -> apache-2.0", run.Output);
        Assert.Contains("  delta/four: Base Merge -> Pretrained", run.Output);
    }

    [Fact]
    public void Examples_limit_the_text_report_but_not_the_counts()
    {
        var run = CliRunner.Run("diff", _old, _new, "--examples", "0");

        Assert.Contains("added: 1", run.Output);
        Assert.DoesNotContain("epsilon/five", run.Output);
    }

    [Fact]
    public void Json_lists_every_change()
    {
        var run = CliRunner.Run("diff", _old, _new, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var counts = json.RootElement.GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("added").GetInt32());
        Assert.Equal(1, counts.GetProperty("removed").GetInt32());
        Assert.Equal(1, counts.GetProperty("rescored").GetInt32());
        Assert.Equal(1, counts.GetProperty("licence_changed").GetInt32());
        Assert.Equal(1, counts.GetProperty("type_changed").GetInt32());
        var rescored = json.RootElement.GetProperty("rescored")[0];
        Assert.Equal(60.5, rescored.GetProperty("old").GetDouble());
        Assert.Equal(62, rescored.GetProperty("new").GetDouble());
        Assert.Equal("2024-07-08T00:00:00Z", json.RootElement.GetProperty("new").GetProperty("created_at").GetString());
    }

    [Fact]
    public void An_unreadable_snapshot_exits_3()
    {
        var garbage = _folder.Write("garbage.db", "this is not sqlite");

        Assert.Equal(ExitCodes.Environment, CliRunner.Run("diff", _old, garbage).ExitCode);
        Assert.Equal(ExitCodes.Environment, CliRunner.Run("diff", _folder.File("missing.db"), _new).ExitCode);
        var json = CliRunner.Run("diff", _old, garbage, "--format", "json");
        Assert.Equal(ExitCodes.Environment, json.ExitCode);
        using var result = JsonDocument.Parse(json.Output);
        Assert.Equal("diff", result.RootElement.GetProperty("command").GetString());
    }

    [Fact]
    public void Snapshots_of_different_generations_say_so_first_and_report_no_rescoring()
    {
        // The same repository on the v2 board scores 30.5 on other benchmarks: not a re-score of 60.5.
        var export = _folder.Write("small_2024-12-10.csv", string.Join("\n",
            SmallExports.V2LegacyHeader, SmallExports.V2LegacyRow("alpha/one"), SmallExports.V2LegacyRow("zeta/six")) + "\n");
        var v2 = _folder.File("v2.db");
        Ingest.Import.SnapshotImporter.Run(new Ingest.Import.ImportOptions([export], v2));

        var diff = SnapshotDiff.Compare(_old, v2);
        Assert.False(diff.ScoresComparable);
        Assert.Empty(diff.Rescored);
        Assert.Equal(("v1", "v2", 1), (diff.Old.Generation, diff.New.Generation, diff.ModelsOnBoth));

        var text = CliRunner.Run("diff", _old, v2);
        var lines = text.Output.Split('\n');
        Assert.Equal("note: the snapshots are of different leaderboard generations (old: v1, new: v2), which score different benchmarks: " +
                     "averages are not comparable, so the one model on both is not reported as re-scored", lines[0]);
        Assert.Contains("re-scored: not compared (generations differ; 1 model on both)", text.Output);
        Assert.DoesNotContain("60.50 ->", text.Output);
        Assert.Contains("small_2024-12-10.csv (v2, as of 2024-12-10)", text.Output);

        using var json = JsonDocument.Parse(CliRunner.Run("diff", _old, v2, "--format", "json").Output);
        Assert.False(json.RootElement.GetProperty("scores_comparable").GetBoolean());
        Assert.Equal(diff.GenerationNote, json.RootElement.GetProperty("generation_note").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("counts").GetProperty("rescored").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("models_on_both").GetInt32());
        Assert.Equal("v1", json.RootElement.GetProperty("old").GetProperty("generation").GetString());
        Assert.Equal("v2", json.RootElement.GetProperty("new").GetProperty("generation").GetString());
    }

    [Fact]
    public void Snapshots_of_one_generation_have_comparable_scores_and_no_note()
    {
        var diff = SnapshotDiff.Compare(_old, _new);
        Assert.True(diff.ScoresComparable);
        Assert.Null(diff.GenerationNote);
        Assert.StartsWith("old: ", CliRunner.Run("diff", _old, _new).Output);
        using var json = JsonDocument.Parse(CliRunner.Run("diff", _old, _new, "--format", "json").Output);
        Assert.True(json.RootElement.GetProperty("scores_comparable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("generation_note").ValueKind);
    }

    /// <summary>The real v1 and v2 exports share 392 cleaned models (counted with Python's csv module); none is "re-scored".</summary>
    [RealExportFact]
    public void Real_v1_and_v2_snapshots_share_392_models_none_reported_as_rescored()
    {
        var v1 = _folder.File("real-v1.db");
        var v2 = _folder.File("real-v2.db");
        Ingest.Import.SnapshotImporter.Run(new Ingest.Import.ImportOptions([RealExports.V1], v1));
        Ingest.Import.SnapshotImporter.Run(new Ingest.Import.ImportOptions([RealExports.V2], v2));

        var diff = SnapshotDiff.Compare(v1, v2);

        Assert.Equal((false, 392, 0), (diff.ScoresComparable, diff.ModelsOnBoth, diff.Rescored.Count));
    }

    public void Dispose() => _folder.Dispose();
}
