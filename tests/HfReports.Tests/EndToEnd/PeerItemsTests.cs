using System.Text.Json;
using HfReports.Ingest.Import;
using HfReports.Tests.Support;
using UglyToad.PdfPig;

namespace HfReports.Tests.EndToEnd;

/// <summary>
/// The benchmark's report of the peer scripts' eight items (bench/peers/) on the real v1 export gives the numbers
/// the R peer (../shared/peers/paper_figures.R) writes to its two CSVs, copied here by hand from its output.
/// </summary>
public sealed class PeerItemsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [RealExportFact]
    public void Tables_match_the_R_peers_CSVs_and_the_scatter_has_its_6687_points()
    {
        var snapshot = _folder.File("v1.db");
        SnapshotImporter.Run(new ImportOptions([RealExports.V1], snapshot));
        var output = _folder.File("out");
        var build = CliRunner.Run("build", Path.Combine(RepositoryRoot.Path, "bench", "peers", "reports.yaml"), "--snapshot", snapshot,
            "--output", output, "--strict", "--no-cache", "--format", "json");
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.Equal(0, JsonDocument.Parse(build.Output).RootElement.GetProperty("diagnostics").GetArrayLength());

        using var pdf = PdfDocument.Open(Path.Combine(output, "peer-items.pdf"));
        var lines = pdf.GetPages().SelectMany(page => page.GetWords()
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0))
                .OrderByDescending(g => g.Key)
                .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();

        // table_a_license_distribution.csv: hub_license, count, percent (top 12).
        string[] licences =
        [
            "apache-2.0 2544 37.91 %", "Unknown 1679 25.02 %", "other 663 9.88 %", "cc-by-nc-4.0 518 7.72 %", "mit 410 6.11 %",
            "llama2 390 5.81 %", "llama3 129 1.92 %", "cc-by-4.0 68 1.01 %", "cc-by-nc-sa-4.0 49 0.73 %", "cc-by-sa-4.0 38 0.57 %",
            "cc-by-nc-nd-4.0 37 0.55 %", "gemma 21 0.31 %",
        ];
        var table = lines.SkipWhile(l => !l.StartsWith("hub_license count percent", StringComparison.Ordinal)).Skip(1).Take(12).ToArray();
        Assert.Equal(licences, table);

        // table_b_top6_models.csv: model, type, params_b, arc, mmlu, gsm8k, average (the model and type cells wrap here).
        (string Model, string Numbers)[] top6 =
        [
            ("paloalma/Le_Triomphant", "72 78.50 77.81 79.83 81.31"),
            ("SF-Foundation/Ein-70B-v2", "72 79.86 78.05 75.44 81.29"),
            ("freewheelin/free-evo-", "72 79.86 78.00 75.89 81.28"), // the name breaks after a hyphen: the type wraps anyway
            ("freewheelin/free-evo-", "72 79.86 78.00 75.89 81.28"),
            ("davidkim205/Rhea-72b-v0.5", "72 79.78 77.95 76.12 81.22"),
            ("davidkim205/Rhea-72b-v0.4", "72 78.50 78.01 78.62 81.09"),
        ];
        var rows = lines.SkipWhile(l => !l.StartsWith("model type params_b", StringComparison.Ordinal))
            .Where(l => top6.Any(t => l.EndsWith(t.Numbers, StringComparison.Ordinal))).Take(6).ToArray();
        Assert.Equal(6, rows.Length);
        foreach (var (row, (model, numbers)) in rows.Zip(top6))
        {
            Assert.StartsWith(model, row, StringComparison.Ordinal);
            Assert.EndsWith(numbers, row, StringComparison.Ordinal);
        }

        // The peers' README: 6,687 dated points in the scatter.
        Assert.Contains(lines, l => l.Contains("(6687 models)", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
