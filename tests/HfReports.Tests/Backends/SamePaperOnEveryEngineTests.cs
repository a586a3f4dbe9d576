using HfReports.Engine.Query;
using HfReports.Tests.Support;
using UglyToad.PdfPig;

namespace HfReports.Tests.Backends;

/// <summary>The same specs on every engine: a snapshot written to SQLite and to DuckDB by the same command holds the same
/// tables and rows, and the paper built on each has the same text. The oracle is the SQLite build, which the rest of the
/// suite checks against hand-worked and published numbers.</summary>
public sealed class SamePaperOnEveryEngineTests
{
    private static readonly string Manifest = Path.Combine(RepositoryRoot.Path, "reports.yaml");

    [Fact]
    public void The_demo_snapshot_in_duckdb_holds_the_same_tables_and_rows()
    {
        using var folder = new TempFolder();
        var (sqlite, duckdb) = (folder.File("demo.db"), folder.File("demo.duckdb"));
        Run("snapshot", "demo", "--out", sqlite, "--models", "500");
        Run("snapshot", "demo", "--out", duckdb, "--models", "500");
        Assert.Equal(["demo.db", "demo.duckdb"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var left = SnapshotDatabase.OpenReadOnly(sqlite);
        using var right = SnapshotDatabase.OpenReadOnly(duckdb);
        var tables = SnapshotRead.Rows(left, "select name from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%' order by name", "", default)
            .Select(r => (string)r[0]!).ToArray();
        Assert.Contains("models", tables);
        Assert.Contains("author_activity", tables);
        foreach (var table in tables)
        {
            // Every row of every table, in one order, as text: values and types must agree, not only counts.
            var expected = Rows(left, table);
            var actual = Rows(right, table);
            Assert.True(expected.Length > 0, $"{table} is empty");
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
                Assert.True(expected[i] == actual[i], $"{table} row {i}: [{expected[i]}] on SQLite, [{actual[i]}] on DuckDB");
        }
    }

    [Fact]
    public void The_demo_paper_has_the_same_text_on_sqlite_and_duckdb()
    {
        using var folder = new TempFolder();
        var texts = new[] { "demo.db", "demo.duckdb" }.Select(name =>
        {
            var snapshot = folder.File(name);
            Run("snapshot", "demo", "--out", snapshot);
            var output = folder.File("out-" + name);
            Run("build", Manifest, "--snapshot", snapshot, "--output", output, "--no-cache");
            return PdfText(Path.Combine(output, "paper.pdf"));
        }).ToArray();
        Assert.Contains("synthetic demo data", texts[0]);
        Assert.Contains("Figure 12", texts[0]);
        Assert.Equal(texts[0], texts[1]);
    }

    [RealExportFact]
    public void The_v1_export_gives_the_same_paper_text_on_sqlite_and_duckdb()
    {
        using var folder = new TempFolder();
        var texts = new[] { "v1.db", "v1.duckdb" }.Select(name =>
        {
            var snapshot = folder.File(name);
            Run("snapshot", "import", RealExports.V1, "--out", snapshot);
            var output = folder.File("out-" + name);
            Run("build", Manifest, "--snapshot", snapshot, "--output", output, "--no-cache", "--strict");
            return PdfText(Path.Combine(output, "paper.pdf"));
        }).ToArray();
        Assert.Contains(RealExports.V1FileName, texts[0]);
        Assert.Contains("Reproduction check", texts[0]);
        Assert.Equal(texts[0], texts[1].Replace("v1.duckdb", "v1.db"));
    }

    /// <summary>Every row as text (values with their kind), sorted, so both engines' rows compare whatever their order.</summary>
    private static string[] Rows(SnapshotDatabase database, string table) =>
        SnapshotStatement.ReadAll(database, $"select * from {table}", 1_000_000, default)
            .Select(row => string.Join(" | ", row.Select(v => $"{SnapshotRead.Kind(v)}:{v switch { double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), _ => v }}")))
            .Order(StringComparer.Ordinal).ToArray();

    private static void Run(params string[] args)
    {
        var result = CliRunner.Run(["--quiet", .. args]);
        Assert.True(result.ExitCode == 0, $"hfreports {string.Join(' ', args)}: exit {result.ExitCode}\n{result.Error}");
    }

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
