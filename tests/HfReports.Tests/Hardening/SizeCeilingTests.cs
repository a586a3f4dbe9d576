using Xunit.Abstractions;
using static HfReports.Tests.Hardening.ProcessGuardTests;

namespace HfReports.Tests.Hardening;

/// <summary>
/// Section 9 of the process-level guard suite (<see cref="ProcessGuardTests"/>): every size a spec controls has a
/// ceiling, run as a child process under a memory limit. These are its longest cases (several builds of millions of
/// cells each); a class of their own lets xunit run them beside the rest of the suite instead of after it.
/// </summary>
public sealed class SizeCeilingTests(ITestOutputHelper log)
{
    // 9. Every size a spec controls has a ceiling; the worst cases run here, in a process of their own.

    [SkippableFact]
    public void Sizes_past_their_ceilings_end_in_diagnostics_within_bounded_memory()
    {
        var counter = "with recursive c(x) as (select 1 union all select x + 1 from c limit {0}) ";
        foreach (var (blocks, exitCode, message) in new[]
                 {
                     (Table(string.Format(counter, 61) + "select x as a, x as b, x as c, x as d, x as e, 1 as n from c", "transform: [{ complete: { columns: [a, b, c, d, e] } }]"),
                         1, "would make at least 844,596,301 rows"),
                     (Table(string.Format(counter, 200_001) + "select 1 as n, 'k' || x as k, x as v from c", "transform: [{ pivot: { names: k, values: v } }]"),
                         1, "would make 200,002 columns"),
                     (Table(string.Format(counter, 20) + "select zeroblob(16000000) || '' as n from c"), 1, "more than 256 MiB of text"),
                     // Markdig scans from every link opener that closes nothing to the paragraph's end: minutes for this megabyte.
                     ("- text: \"" + string.Concat(Enumerable.Repeat("[a](", 250_000)) + "\"", 0,
                         "warning: a paragraph of 1,000,000 characters with 250,000 link openers"),
                     ("- text: \"" + string.Concat(Enumerable.Repeat("*a ", 250_000)) + "\"", 0, "warning: a paragraph's markup is nested too deeply to read"),
                     // A scatter of a million rows (within the frame's default row limit) was hundreds of MB of SVG and ran out of memory; 300,000 shows the ceiling.
                     ("- figure: { id: f, caption: c, data: { query: \"" + string.Format(counter, 300_000) + "select x as a, x % 997 as b from c\" }, chart: { type: scatter, x: a, y: b } }",
                         1, "marks (one per row), more than the 250,000 a figure may draw"),
                 })
        {
            using var workspace = new HostileWorkspace(Report(blocks));
            var result = Build(workspace);
            Assert.Equal(exitCode, result.ExitCode);
            Assert.Contains(message, result.Error);
            Assert.InRange(result.PeakKiB, 0, 1_500 * 1024);
        }
    }

    // 9. The frames of a build within their allowance flow through every later stage (table, CSV links, HTML, PDF,
    //    cache) in bounded memory: each frame holds 192 MiB of text, under a frame's 256 MiB and the build's 512 MiB.

    private static string LargeFrame(int i) =>
        $"with recursive c(x) as (select 1 union all select x + 1 from c limit 12) select x as k, x * 0.5 as y, zeroblob(8000000) || '{i}' as n from c";

    private static string LargeTable(int i, string column = "k") => $$"""
        - table:
            id: t{{i}}
            caption: A table over 192 MiB of text
            data: { query: "{{LargeFrame(i)}}" }
            columns: [{{column}}]
        """;

    [SkippableFact]
    public void Frames_within_the_build_s_allowance_build_in_bounded_memory_with_their_data_links_left_out()
    {
        var blocks = LargeTable(1) + "\n" + $$"""
            - figure:
                id: f2
                caption: A figure over 192 MiB of text
                data: { query: "{{LargeFrame(2)}}" }
                chart: { type: scatter, x: k, y: y }
            """;
        using var workspace = new HostileWorkspace(Report(blocks));
        // With the cache: a frame too large for a cache entry is computed, not written to .hfcache.
        var result = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--jobs", "1"]);
        Show(result);
        Assert.False(result.HasStackTrace || result.Crashed || result.KilledByTimeout, result.ToString());
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("table 't1': its data is more than the 32 MiB of CSV a build's HTML embeds", result.Error);
        Assert.Contains("figure 'f2': its data is more than the 32 MiB of CSV", result.Error);
        var html = File.ReadAllText(Path.Combine(workspace.OutputFolder, "guarded.html"));
        Assert.Equal(2, html.Split("Data (CSV): too large to embed in this page").Length - 1);
        Assert.DoesNotContain("data:text/csv", html);
        Assert.InRange(result.PeakKiB, 0, 1_500 * 1024);
        var cache = Path.Combine(workspace.Folder, ".hfcache");
        Assert.True(!Directory.Exists(cache) || Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).All(f => new FileInfo(f).Length < 128L * 1024 * 1024));
    }

    [SkippableFact]
    public void A_table_of_a_large_frame_stops_at_its_characters_and_three_stop_at_the_build_s_text_allowance()
    {
        using (var shown = new HostileWorkspace(Report(LargeTable(1, column: "n"))))
        {
            var result = Build(shown);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("table 't1': the table's cells hold more than the 1,000,000 characters a report table may show (passed at row 1, column 'n')", result.Error);
            Assert.InRange(result.PeakKiB, 0, 1_500 * 1024);
            Assert.Empty(Outputs(shown));
        }
        // The third frame passes the build's 512 MiB.
        using var workspace = new HostileWorkspace(Report(string.Join("\n", Enumerable.Range(1, 3).Select(i => LargeTable(i)))));
        var stopped = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache", "--jobs", "1"]);
        Show(stopped);
        Assert.False(stopped.HasStackTrace || stopped.Crashed || stopped.KilledByTimeout, stopped.ToString());
        Assert.Equal(1, stopped.ExitCode);
        Assert.Contains("MiB a build may hold", stopped.Error);
        Assert.InRange(stopped.PeakKiB, 0, 1_500 * 1024);
        Assert.Empty(Outputs(workspace));
    }

    // 9. Frames large by cell count: values are stored by type as rows are read (8 bytes a number, a reference for text),
    //    and a frame's cells, a build's cells and the rows a template reads have ceilings that fit a 1 GiB heap.

    private const string Million = "with recursive c(x) as (select 1 union all select x + 1 from c limit 1000000) ";

    /// <summary>A million rows of <paramref name="columns"/> columns: n, then reals, or one-character strings (the most
    /// text objects for the bytes of text counted).</summary>
    private static string MillionRows(int columns, bool text = false, int rows = 1_000_000) =>
        Million.Replace("1000000", rows.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "select x as n, " + string.Join(", ", Enumerable.Range(1, columns - 1).Select(i => text && i > 1 ? $"'a' as c{i}" : $"x * {i}.5 as c{i}")) + " from c";

    private static string TopTable(string data, int i) => $$"""
        - table:
            id: t{{i}}
            caption: The top rows of a million
            data:
              {{data}}
              transform: [{ top: { n: 10, by: c1 } }]
            columns: [n, c1]
        """;

    [SkippableFact]
    public void A_query_of_19_million_cells_stops_at_the_frame_ceiling_under_a_1_GiB_heap_leaving_the_previous_outputs()
    {
        using var workspace = new HostileWorkspace(Report(TopTable($"query: \"{Million.Replace("1000000", "100")}select x as n, x * 0.5 as c1 from c\"", 1)));
        Assert.Equal(0, Build(workspace).ExitCode);
        var before = Snapshot(workspace);
        foreach (var frames in new[] { 1, 2 })
        {
            workspace.Write("report.yaml", Report(string.Join("\n", Enumerable.Range(1, frames).Select(i => TopTable($"query: \"{MillionRows(19)}\"", i)))));
            var refused = Build(workspace);
            Assert.Equal(1, refused.ExitCode);
            var errors = refused.Error.Split('\n').Where(line => line.Contains(": error: ", StringComparison.Ordinal)).ToArray();
            Assert.Equal(frames, errors.Length);
            Assert.All(errors, error => Assert.Matches(@"^report\.yaml:\d+:\d+: error: the query's rows hold more than 10,000,000 cells \(rows x columns\), the most a frame may hold; "
                + @"select fewer columns or rows, or shorten long text in SQL \[report\.sections\[0\]\.blocks\[\d\]\.table\.data\.query\]$", error));
            Assert.InRange(refused.PeakKiB, 0, 1_024 * 1024);
            Assert.Equal(before, Snapshot(workspace));
        }
    }

    [SkippableFact]
    public void Named_frames_at_the_build_s_cell_ceiling_build_under_a_1_GiB_heap_and_one_more_stops_where_it_is_declared()
    {
        foreach (var text in new[] { false, true })
        {
            // Two named frames of 9,990,000 cells each, kept for the whole build: with the tables' 200, 20,000 cells short of
            // the build's 20,000,000.
            string Frames(int count) => "frames:\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"    f{i}: {{ query: \"{MillionRows(10, text, 999_000)}\" }}\n"));
            using var workspace = new HostileWorkspace(Report(TopTable("frame: f1", 1) + "\n" + TopTable("frame: f2", 2), Frames(2)));
            var built = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache", "--jobs", "1"], seconds: 180);
            Show(built);
            Assert.False(built.HasStackTrace || built.Crashed || built.KilledByTimeout, built.ToString());
            Assert.Equal(0, built.ExitCode);
            Assert.Matches("999,?000", File.ReadAllText(Path.Combine(workspace.OutputFolder, "guarded.html"))); // the top row of n
            Assert.InRange(built.PeakKiB, 0, 1_500 * 1024);
            var before = Snapshot(workspace);

            workspace.Write("report.yaml", Report(TopTable("frame: f1", 1) + "\n" + TopTable("frame: f3", 3), Frames(3)));
            var refused = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache", "--jobs", "1"], seconds: 180);
            Show(refused);
            Assert.False(refused.HasStackTrace || refused.Crashed || refused.KilledByTimeout, refused.ToString());
            Assert.Equal(1, refused.ExitCode);
            Assert.Matches(@"report\.yaml:\d+:\d+: error: the frames of this build would hold 20,0\d{2},\d{3} cells \(rows x columns\) in all with the rows this query has read, "
                + @"more than the 20,000,000 a build may hold; aggregate in SQL, or share one named frame between blocks \[report\.frames\.f3\.query\]", refused.Error);
            Assert.Equal(before, Snapshot(workspace));
        }
    }

    [SkippableFact]
    public void A_template_reading_a_frame_past_its_cell_ceiling_stops_at_the_template()
    {
        using var workspace = new HostileWorkspace(Report("- text: \"{{ frames.f1.size }} rows\"", $"frames:\n    f1: {{ query: \"{MillionRows(2)}\" }}"));
        var result = Build(workspace);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"report\.yaml:\d+:\d+: error: template error: the frame 'f1' has 2,000,000 cells \(rows x columns\), more than the 1,000,000 a template may read", result.Error);
        Assert.InRange(result.PeakKiB, 0, 1_024 * 1024);
        Assert.Empty(Outputs(workspace));
    }

    private GuardedCli.Result Build(HostileWorkspace workspace) => ProcessGuardTests.Build(log, workspace);

    private void Show(GuardedCli.Result result) => ProcessGuardTests.Show(log, result);
}
