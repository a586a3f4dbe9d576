using System.Text.Json;
using System.Text.RegularExpressions;
using HfReports.Tests.Spec;
using HfReports.Tests.Support;
using UglyToad.PdfPig;

namespace HfReports.Tests.EndToEnd;

/// <summary>
/// Each of the three header formats of the real exports, end to end through the command line: import, build the
/// shipped manifest with --strict, read the PDF's text back. The edition that serves the export's generation is
/// built, the other is skipped, the PDF names its benchmarks and its source, no template reads a missing value, and
/// every figure and table that was built carries data rows. The oracles are the exports' documented benchmark sets
/// and file names, not the code under test.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class EveryExportEndToEndTests
{
    private const string V1Benchmarks = "ARC, HellaSwag, MMLU, TruthfulQA, Winogrande and GSM8K";
    private const string V2Benchmarks = "IFEval, BBH, MATH Lvl 5, GPQA, MuSR and MMLU-PRO";

    [RealExportFact]
    public void The_v1_export_builds_the_v1_paper_only() =>
        AssertEdition(RealExports.V1FileName, "paper", "paper-v2", V1Benchmarks, "v1-csv");

    [RealExportFact]
    public void The_flattened_v2_export_builds_the_v2_edition_only() =>
        AssertEdition(RealExports.V2FileName, "paper-v2", "paper", V2Benchmarks, "v2-flat-csv");

    [RealExportFact]
    public void The_legacy_v2_export_builds_the_v2_edition_only() =>
        AssertEdition(RealExports.V2LegacyFileName, "paper-v2", "paper", V2Benchmarks, "v2-legacy-csv");

    [RealExportFact]
    public void The_v1_paper_alone_is_refused_on_a_v2_snapshot_naming_the_generation()
    {
        using var folder = new TempFolder();
        var snapshot = Import(folder, RealExports.V2FileName);
        // A manifest naming the v1 paper alone (reports must lie beside their manifest, so the paper's folder is copied).
        CopyFolder(Path.Combine(RepositoryRoot.Path, "reports", "paper"), folder.File("reports/paper"));
        var manifest = folder.File("reports.yaml");
        File.WriteAllText(manifest, $"snapshot: {snapshot}\noutput: out\nreports:\n  - reports/paper/paper.yaml\n");
        var build = CliRunner.Run("build", manifest, "--output", folder.File("out"));
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("report 'paper' serves leaderboard v1, but the snapshot's import is v2 (IFEval, BBH, MATH Lvl 5, GPQA, MuSR, MMLU-PRO)", build.Error);
        Assert.False(File.Exists(folder.File("out/paper.pdf")));
    }

    [RealExportFact]
    public void Build_import_selects_one_import_of_a_mixed_snapshot_and_builds_its_edition()
    {
        using var folder = new TempFolder();
        var snapshot = Import(folder, RealExports.V1FileName);
        var second = CliRunner.Run("snapshot", "import", Path.Combine(RealExports.Folder!, RealExports.V2FileName), "--out", snapshot, "--quiet");
        Assert.True(second.ExitCode == 0, $"second import exited {second.ExitCode}: {second.Error}");
        var before = File.ReadAllBytes(snapshot);
        var manifest = Path.Combine(RepositoryRoot.Path, "reports.yaml");

        // The v1 import, by the date of its export (file name): the v1 paper, naming the v1 export as its source.
        var v1 = CliRunner.Run("build", manifest, "--snapshot", snapshot, "--output", folder.File("v1"), "--import", "2024-07-13", "--no-cache");
        Assert.True(v1.ExitCode == 0, $"build --import 2024-07-13 exited {v1.ExitCode}: {v1.Error}");
        Assert.True(File.Exists(folder.File("v1/paper.pdf")));
        Assert.False(File.Exists(folder.File("v1/paper-v2.pdf")));
        var v1Text = PdfText(folder.File("v1/paper.pdf"));
        Assert.Contains(V1Benchmarks, v1Text);
        Assert.Contains(RealExports.V1FileName, v1Text);
        Assert.DoesNotContain(RealExports.V2FileName, v1Text);

        // The v2 import: the v2 edition only.
        var v2 = CliRunner.Run("build", manifest, "--snapshot", snapshot, "--output", folder.File("v2"), "--import", "2025-03-15", "--no-cache");
        Assert.True(v2.ExitCode == 0, $"build --import 2025-03-15 exited {v2.ExitCode}: {v2.Error}");
        Assert.True(File.Exists(folder.File("v2/paper-v2.pdf")));
        Assert.False(File.Exists(folder.File("v2/paper.pdf")));
        var v2Text = PdfText(folder.File("v2/paper-v2.pdf"));
        Assert.Contains(V2Benchmarks, v2Text);
        Assert.Contains(RealExports.V2FileName, v2Text);

        // A date no import was taken on, and a word that is no date, are usage errors; the snapshot is never changed.
        var missing = CliRunner.Run("build", manifest, "--snapshot", snapshot, "--output", folder.File("none"), "--import", "2020-01-01");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(2, CliRunner.Run("build", manifest, "--snapshot", snapshot, "--output", folder.File("none"), "--import", "yesterday").ExitCode);
        Assert.False(File.Exists(folder.File("none/paper.pdf")));
        Assert.Equal(before, File.ReadAllBytes(snapshot));
    }

    private static void AssertEdition(string export, string built, string skipped, string benchmarks, string format)
    {
        using var folder = new TempFolder();
        var snapshot = Import(folder, export);
        var output = folder.File("out");
        var build = CliRunner.Run("build", Path.Combine(RepositoryRoot.Path, "reports.yaml"), "--snapshot", snapshot, "--output", output,
            "--strict", "--format", "json", "--no-cache");
        Assert.True(build.ExitCode == 0, $"build exited {build.ExitCode}: {build.Output}{build.Error}");
        using var result = JsonDocument.Parse(build.Output);
        Assert.DoesNotContain(result.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error");
        Assert.True(File.Exists(Path.Combine(output, built + ".pdf")));
        Assert.False(File.Exists(Path.Combine(output, skipped + ".pdf")), $"{skipped} was built on {export}");

        var text = PdfText(Path.Combine(output, built + ".pdf"));
        Assert.Contains(benchmarks, text);
        Assert.Contains($"Built from import 1: {export} ({format})", text);
        Assert.DoesNotContain("[missing:", text);
        Assert.DoesNotContain("could not be rendered", text);
        if (benchmarks == V2Benchmarks)
        {
            Assert.DoesNotContain("HellaSwag", text);
            Assert.DoesNotContain("TruthfulQA", text);
        }

        var html = File.ReadAllText(Path.Combine(output, built + ".html"));
        var tables = HtmlDataLinks.Read(html);
        Assert.True(tables.Length >= 6, $"only {tables.Length} figures and tables carry data");
        Assert.All(tables, csv => Assert.True(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length >= 2, $"no data rows: {csv[..Math.Min(80, csv.Length)]}"));
    }

    private static string Import(TempFolder folder, string export)
    {
        var snapshot = folder.File(Path.GetFileNameWithoutExtension(export) + ".db");
        var import = CliRunner.Run("snapshot", "import", Path.Combine(RealExports.Folder ?? throw new InvalidOperationException(RealExports.SkipReason), export),
            "--out", snapshot, "--quiet");
        Assert.True(import.ExitCode == 0, $"import of {export} exited {import.ExitCode}: {import.Error}");
        return snapshot;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        // Lines are joined with spaces (a phrase broken across lines still reads as one); ligatures are spelt out.
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        return Regex.Replace(text.Replace("\uFB01", "fi").Replace("\uFB02", "fl"), @"\s+", " ");
    }
}
