using System.Text;
using HfReports.Tests.Hub;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>
/// The same snapshot and specs give byte-identical PDF, HTML, images and manifest, whatever the
/// day: every date in the outputs comes from the snapshot (or SOURCE_DATE_EPOCH), never the clock.
/// </summary>
public sealed class ReproducibilityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Two_builds_of_the_paper_from_the_same_inputs_are_byte_identical()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var first = _folder.File("first");
        var second = _folder.File("second/nested");

        var a = CliRunner.Run("build", PublishingSnapshots.PaperManifest, "--snapshot", snapshot, "--output", first);
        var b = CliRunner.Run("build", PublishingSnapshots.PaperManifest, "--snapshot", snapshot, "--output", second);

        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        var files = RelativeFiles(first);
        Assert.Equal(files, RelativeFiles(second));
        Assert.Contains("paper.pdf", files);
        Assert.Contains("paper.html", files);
        Assert.Contains("manifest.json", files);
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))),
                $"{file} differs between two builds of the same inputs");
    }

    [Fact]
    public void Builds_of_one_import_of_a_snapshot_with_two_are_byte_identical_and_name_the_snapshot()
    {
        // --import builds from a cleaned copy of the snapshot; the manifest named that copy's random file before.
        var snapshot = PublishingSnapshots.Import(_folder, "two.db", "small_2024-07-01.csv", PublishingSnapshots.BaseRows);
        PublishingSnapshots.Import(_folder, "two.db", "small_2024-08-01.csv", PublishingSnapshots.BaseRows[..3]);
        var first = _folder.File("first");
        var second = _folder.File("second");

        var a = CliRunner.Run("build", PublishingSnapshots.PaperManifest, "--snapshot", snapshot, "--output", first, "--import", "2024-07-01", "--no-cache");
        var b = CliRunner.Run("build", PublishingSnapshots.PaperManifest, "--snapshot", snapshot, "--output", second, "--import", "2024-07-01", "--no-cache");

        Assert.True(a.ExitCode == 0, a.Error);
        Assert.True(b.ExitCode == 0, b.Error);
        foreach (var file in RelativeFiles(first))
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))),
                $"{file} differs between two builds of the same import");
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(first, "manifest.json")));
        Assert.Equal("two.db", manifest.RootElement.GetProperty("snapshot").GetProperty("file").GetString());
    }

    [Fact]
    public async Task Pdf_dates_come_from_the_snapshot_and_no_output_carries_today()
    {
        var snapshot = PublishingSnapshots.Base(_folder); // exported 2024-07-01: created_at 2024-07-01T00:00:00Z
        var output = _folder.File("out");

        // In a child process without SOURCE_DATE_EPOCH (which would decide the date instead), whatever this
        // suite's environment holds.
        using var build = new CliProcess(["build", PublishingSnapshots.PaperManifest, "--snapshot", snapshot, "--output", output],
            new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = null });
        var (code, _, error) = await build.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(code == 0, error);

        var pdf = File.ReadAllText(Path.Combine(output, "paper.pdf"), Encoding.Latin1);
        Assert.Contains("/CreationDate (D:20240701000000", pdf);
        Assert.Contains("/ModDate (D:20240701000000", pdf);
        var today = DateTime.UtcNow;
        foreach (var file in Directory.GetFiles(output))
        {
            var text = File.ReadAllText(file, Encoding.Latin1);
            Assert.DoesNotContain(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text);
            Assert.DoesNotContain("D:" + today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), text);
        }
    }

    private static string[] RelativeFiles(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public void Dispose() => _folder.Dispose();
}
