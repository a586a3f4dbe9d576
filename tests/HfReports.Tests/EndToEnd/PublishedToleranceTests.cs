using HfReports.Tests.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.EndToEnd;

/// <summary>
/// The tolerances of the paper's published numbers (Table 5: each count and share within 10 % of the paper's, relative)
/// on perturbed copies of the shared v1 export, as other v1 exports of June-July 2024 would differ from it: a uniform
/// drift of 1 % of the entries holds with --strict, 2 % already fails on the smallest margin, and removing four of the
/// 21 Gemma-licensed models (a small licence moving by 19 %) fails on "Gemma models" and "Gemma share", where an
/// absolute tolerance of 1.5 points of share could not have failed. Only one real v1 export is available here, so these
/// copies stand in for the others.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class PublishedToleranceTests
{
    [RealExportFact]
    public void A_uniform_drift_of_one_per_cent_holds_under_strict()
    {
        using var folder = new TempFolder();
        var build = ImportAndBuild(folder, EveryNthLeftOut(ExportLines(), 100));
        Assert.True(build.ExitCode == 0, $"build --strict exited {build.ExitCode}: {build.Error}");
        Assert.Contains("expectations: 43 of 43 hold", build.Output + build.Error);
    }

    /// <summary>Where the tolerance ends: the shared export already lies 7-9 % from the paper on its small licences, so
    /// leaving out every 50th entry (2 %) moves CC-BY-NC-SA-4.0 (about 50 models) just past 10 % of its share, and
    /// --strict fails on that one published number alone.</summary>
    [RealExportFact]
    public void A_uniform_drift_of_two_per_cent_fails_on_the_smallest_margin_only()
    {
        using var folder = new TempFolder();
        var build = ImportAndBuild(folder, EveryNthLeftOut(ExportLines(), 50));
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("expectation failed: CC-BY-NC-SA-4.0 share, %: expected 0.79 ± 10%, got 0.71", build.Error);
        Assert.Contains("expectations: 42 of 43 hold", build.Output + build.Error);
    }

    /// <summary>The header and every entry but each n-th: what a scrape some days apart adds or loses, spread over every
    /// category.</summary>
    private static string[] EveryNthLeftOut(string[] lines, int n) =>
        [.. lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % n != n - 1))];

    [RealExportFact]
    public void A_small_licence_that_moves_by_a_fifth_fails_under_strict()
    {
        using var folder = new TempFolder();
        var lines = ExportLines();
        var header = Fields(lines[0]);
        var (licence, name) = (Array.IndexOf(header, "hub_license"), Array.IndexOf(header, "fullname"));
        // Four Gemma-licensed models (every entry of each) left out: 21 models become 17, below 21 - 10 %.
        var gemma = lines.Skip(1).Select(Fields).Where(f => f[licence].Equals("gemma", StringComparison.OrdinalIgnoreCase))
            .Select(f => f[name]).Distinct().Order(StringComparer.Ordinal).Take(4).ToHashSet();
        Assert.Equal(4, gemma.Count);
        var kept = lines.Where((l, i) => i == 0 || !gemma.Contains(Fields(l)[name])).ToArray();
        var build = ImportAndBuild(folder, kept);
        Assert.Equal(1, build.ExitCode);
        var said = build.Output + build.Error;
        Assert.Contains("Gemma models", said);
        Assert.Contains("Gemma share", said);
        Assert.DoesNotContain("Apache-2.0 models", said);
    }

    /// <summary>The fields of one CSV line (RFC 4180 quoting: a quoted field may hold commas and doubled quotes).</summary>
    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>The shared v1 export's lines (one entry per line: no field of it holds a line break).</summary>
    private static string[] ExportLines()
    {
        var lines = File.ReadAllLines(Path.Combine(RealExports.Folder ?? throw new InvalidOperationException(RealExports.SkipReason), RealExports.V1FileName));
        Assert.Equal(7170, lines.Length);
        return lines;
    }

    /// <summary>Writes the lines under the export's own name (its date is read from it), imports them and builds the
    /// shipped manifest with --strict.</summary>
    private static CliRunner.Result ImportAndBuild(TempFolder folder, string[] lines)
    {
        var export = folder.File(RealExports.V1FileName);
        File.WriteAllLines(export, lines);
        var snapshot = folder.File("perturbed.db");
        var import = CliRunner.Run("snapshot", "import", export, "--out", snapshot, "--quiet");
        Assert.True(import.ExitCode == 0, $"import exited {import.ExitCode}: {import.Error}");
        return CliRunner.Run("build", Path.Combine(RepositoryRoot.Path, "reports.yaml"), "--snapshot", snapshot, "--output", folder.File("out"),
            "--strict", "--no-cache");
    }
}
