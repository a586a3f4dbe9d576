using HfReports.Engine.Query;
using HfReports.Tests.Support;

namespace HfReports.Tests.Backends;

/// <summary>The same specs on every engine: a snapshot written to SQLite and to DuckDB by the same command holds the same
/// tables and rows, and the paper and the gallery built on each have the same text. The oracle is the SQLite build, which the rest of the
/// suite checks against hand-worked and published numbers.</summary>
public sealed class SamePaperOnEveryEngineTests(SamePaperOnEveryEngineTests.DuckDbDemo demo) : IClassFixture<SamePaperOnEveryEngineTests.DuckDbDemo>
{
    /// <summary>The demo snapshot in DuckDB, written once for the class by `snapshot demo --out x.duckdb`.</summary>
    public sealed class DuckDbDemo : IDisposable
    {
        public TempFolder Folder { get; } = new();
        public string Path { get; }

        public DuckDbDemo()
        {
            Path = Folder.File("demo.duckdb");
            EngineBuilds.Run("snapshot", "demo", "--out", Path);
        }

        public void Dispose() => Folder.Dispose();
    }

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

    /// <summary>`snapshot demo --out x.duckdb` writes DuckDB with its appender, never staging the demo in SQLite (a 10-million-model
    /// demo is tens of gigabytes there), and cleans it with data/clean.sql run on DuckDB: its tables hold the rows of the
    /// SQLite demo copied by `snapshot copy`, in the same stored order (queries without ORDER BY see the same rows first).</summary>
    [Fact]
    public void The_duckdb_demo_written_natively_holds_the_sqlite_demo_copied_row_for_row_in_order()
    {
        using var folder = new TempFolder();
        var (sqlite, copied, native) = (folder.File("demo.db"), folder.File("copied.duckdb"), folder.File("native.duckdb"));
        Run("snapshot", "demo", "--out", sqlite, "--models", "300");
        Run("snapshot", "copy", sqlite, "--out", copied);
        Run("snapshot", "demo", "--out", native, "--models", "300");
        using var left = SnapshotDatabase.OpenReadOnly(copied);
        using var right = SnapshotDatabase.OpenReadOnly(native);
        var objects = SnapshotRead.Rows(left, "select table_name, table_type from information_schema.tables order by table_name", "", default)
            .Select(r => $"{r[0]} {r[1]}").ToArray();
        Assert.Equal(objects, SnapshotRead.Rows(right, "select table_name, table_type from information_schema.tables order by table_name", "", default)
            .Select(r => $"{r[0]} {r[1]}").ToArray());
        Assert.Contains("models BASE TABLE", objects);
        foreach (var (table, view) in objects.Select(o => (o.Split(' ')[0], o.EndsWith("VIEW", StringComparison.Ordinal))))
        {
            // A view has no stored order (DuckDB aggregates in parallel): its rows are compared sorted.
            var expected = view ? Rows(left, table) : StoredRows(left, table);
            var actual = view ? Rows(right, table) : StoredRows(right, table);
            Assert.True(expected.Length > 0, $"{table} is empty");
            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
                Assert.True(expected[i] == actual[i], $"{table} row {i}: [{expected[i]}] copied, [{actual[i]}] written natively");
        }
    }

    [Fact]
    public void The_demo_paper_has_the_same_text_on_sqlite_and_duckdb()
    {
        var text = EngineBuilds.PaperText(demo.Path, demo.Folder);
        Assert.Contains("synthetic demo data", EngineBuilds.SqliteDemoPaper);
        Assert.Contains("Figure 12", EngineBuilds.SqliteDemoPaper);
        Assert.Equal(EngineBuilds.SqliteDemoPaper, text);
    }

    [Fact]
    public void The_gallery_has_the_same_text_on_sqlite_and_duckdb()
    {
        var text = EngineBuilds.GalleryText(demo.Path, demo.Folder);
        Assert.Contains("Figure 24", EngineBuilds.SqliteDemoGallery);
        Assert.Equal(EngineBuilds.SqliteDemoGallery, text);
    }

    [RealExportFact]
    public void The_v1_export_gives_the_same_paper_text_on_sqlite_and_duckdb()
    {
        using var folder = new TempFolder();
        var snapshot = folder.File("v1.duckdb");
        Run("snapshot", "import", RealExports.V1, "--out", snapshot);
        var text = EngineBuilds.PaperText(snapshot, folder, strict: true);
        Assert.Contains(RealExports.V1FileName, EngineBuilds.SqliteV1Paper);
        Assert.Contains("Reproduction check", EngineBuilds.SqliteV1Paper);
        Assert.Equal(EngineBuilds.SqliteV1Paper, text.Replace("v1.duckdb", EngineBuilds.V1SnapshotName));
    }

    /// <summary>Every row as text (values with their kind), sorted, so both engines' rows compare whatever their order.</summary>
    private static string[] Rows(SnapshotDatabase database, string table) =>
        SnapshotStatement.ReadAll(database, $"select * from {table}", 1_000_000, default)
            .Select(row => string.Join(" | ", row.Select(v => $"{SnapshotRead.Kind(v)}:{v switch { double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), _ => v }}")))
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every row as text in the order the table stores it (no ORDER BY).</summary>
    private static string[] StoredRows(SnapshotDatabase database, string table) =>
        SnapshotStatement.ReadAll(database, $"select * from {table}", 1_000_000, default)
            .Select(row => string.Join(" | ", row.Select(v => $"{SnapshotRead.Kind(v)}:{v switch { double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), _ => v }}")))
            .ToArray();

    private static void Run(params string[] args) => EngineBuilds.Run(args);
}
