using HfReports.Cli;
using HfReports.Ingest.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>Each import records its generation; adding an export of the other generation to a snapshot is a warning.</summary>
public sealed class GenerationMixTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Snapshot => _folder.File("s.db");

    private string V1(string name) => _folder.Write(name, SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two")));

    private string LegacyV2(string name) => _folder.Write(name, string.Join("\n", SmallExports.V2LegacyHeader, SmallExports.V2LegacyRow("q/one")) + "\n");

    [Fact]
    public void Adding_a_v2_export_to_a_v1_snapshot_warns_naming_both_and_the_one_reports_use()
    {
        SnapshotImporter.Run(new ImportOptions([V1("v1_2024-07-13.csv")], Snapshot));

        var run = CliRunner.Run("snapshot", "import", LegacyV2("v2_2024-12-10.csv"), "--out", Snapshot);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal($"warning: mixing v1 and v2 in one snapshot ({Snapshot}): v1: v1_2024-07-13.csv (as of 2024-07-13); " +
                     "v2: v2_2024-12-10.csv (as of 2024-12-10). Their benchmarks differ, so scores are not comparable across them; " +
                     "the cleaned models (and the reports) come from the newest import, v2_2024-12-10.csv (v2).", run.Error.Trim());
        Assert.Contains("v2_2024-12-10.csv: v2-legacy-csv (v2), as of 2024-12-10", run.Output);
        Assert.Equal([("v1_2024-07-13.csv", "v1-csv", "v1", "2024-07-13"), ("v2_2024-12-10.csv", "v2-legacy-csv", "v2", "2024-12-10")],
            SnapshotQueries.List<(string, string, string, string)>(Snapshot, "SELECT source_name, format, generation, as_of FROM imports ORDER BY import_id"));
    }

    [Fact]
    public void Two_exports_of_one_generation_do_not_warn()
    {
        SnapshotImporter.Run(new ImportOptions([V1("v1_2024-07-13.csv")], Snapshot));
        var second = SnapshotImporter.Run(new ImportOptions([_folder.Write("v1_2024-06-01.csv", SmallExports.V1(SmallExports.V1Row("c/three")))], Snapshot));
        Assert.Empty(second.Warnings);
    }

    public void Dispose() => _folder.Dispose();
}
