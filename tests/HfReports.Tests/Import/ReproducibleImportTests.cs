using HfReports.Ingest.Import;
using HfReports.Tests.Hub;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>
/// The same exports give a byte-identical snapshot when the import's own time is fixed (SOURCE_DATE_EPOCH
/// through the CLI): nothing else in a snapshot depends on the clock, the machine or the thread timing.
/// </summary>
public sealed class ReproducibleImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Export()
    {
        var rows = Enumerable.Range(1, 6000) // several insert batches, handed between two threads
            .Select(i => SmallExports.V1Row($"owner{i % 97}/model-{i % 4000}", average: (40 + i % 300 / 10.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        return _folder.Write("export_2024-05-01.csv", SmallExports.V1(rows));
    }

    [Fact]
    public void Two_imports_with_the_same_recorded_time_are_byte_identical()
    {
        var export = Export();
        var at = new DateTime(2024, 5, 2, 8, 30, 0, DateTimeKind.Utc);
        SnapshotImporter.Run(new ImportOptions([export], _folder.File("a.db"), ImportedAt: at));
        SnapshotImporter.Run(new ImportOptions([export], _folder.File("b.db"), ImportedAt: at));

        Assert.Equal(File.ReadAllBytes(_folder.File("a.db")), File.ReadAllBytes(_folder.File("b.db")));
        Assert.Equal("2024-05-02T08:30:00Z", SnapshotQueries.Scalar<string>(_folder.File("a.db"), "SELECT imported_at FROM imports"));
    }

    [Fact]
    public async Task The_command_records_SOURCE_DATE_EPOCH_and_warns_about_a_malformed_one()
    {
        var export = Export();
        using var good = new CliProcess(["snapshot", "import", export, "--out", _folder.File("epoch.db"), "-q"],
            new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1714638600" });
        var (goodCode, _, goodError) = await good.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal((0, ""), (goodCode, goodError));
        Assert.Equal("2024-05-02T08:30:00Z", SnapshotQueries.Scalar<string>(_folder.File("epoch.db"), "SELECT imported_at FROM imports"));

        using var bad = new CliProcess(["snapshot", "import", export, "--out", _folder.File("bad.db"), "-q"],
            new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "yesterday" });
        var (code, _, error) = await bad.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(0, code);
        Assert.StartsWith("warning: SOURCE_DATE_EPOCH='yesterday' is not a count of seconds since 1970-01-01; the import records the current time", error);
    }

    public void Dispose() => _folder.Dispose();
}
