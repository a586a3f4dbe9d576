using HfReports.Tests.Support;
using UglyToad.PdfPig;

namespace HfReports.Tests.Backends;

/// <summary>The repository's reports built on a snapshot of any engine and read back as PDF text, and the SQLite builds
/// the other engines are compared with. SQLite is the oracle (the rest of the suite checks it against hand-worked and
/// published numbers); its builds are made once per test run and shared by every engine's tests.</summary>
internal static class EngineBuilds
{
    private static readonly string PaperManifest = Path.Combine(RepositoryRoot.Path, "reports.yaml");
    private static readonly string GalleryManifest = Path.Combine(RepositoryRoot.Path, "reports", "examples", "examples.yaml");

    private static readonly Lazy<(string Paper, string Gallery)> SqliteDemo = new(() =>
    {
        using var folder = new TempFolder();
        var snapshot = folder.File("demo.db");
        Run("snapshot", "demo", "--out", snapshot);
        return (PaperText(snapshot, folder), GalleryText(snapshot, folder));
    });

    private static readonly Lazy<string> SqliteV1 = new(() =>
    {
        using var folder = new TempFolder();
        var snapshot = folder.File(V1SnapshotName);
        Run("snapshot", "import", RealExports.V1, "--out", snapshot);
        return PaperText(snapshot, folder, strict: true);
    });

    /// <summary>The name of the SQLite v1 snapshot, which the paper prints; other engines' texts name theirs instead.</summary>
    public const string V1SnapshotName = "v1.db";

    public static string SqliteDemoPaper => SqliteDemo.Value.Paper;
    public static string SqliteDemoGallery => SqliteDemo.Value.Gallery;
    public static string SqliteV1Paper => SqliteV1.Value;

    public static string PaperText(string snapshot, TempFolder folder, bool strict = false) =>
        BuildText(PaperManifest, "paper.pdf", snapshot, folder, strict);

    public static string GalleryText(string snapshot, TempFolder folder) =>
        BuildText(GalleryManifest, "gallery.pdf", snapshot, folder, strict: false);

    private static string BuildText(string manifest, string pdf, string snapshot, TempFolder folder, bool strict)
    {
        var output = folder.File("out-" + Guid.NewGuid().ToString("N"));
        Run(["build", manifest, "--snapshot", snapshot, "--output", output, "--no-cache", .. strict ? new[] { "--strict" } : []]);
        var html = Path.ChangeExtension(Path.Combine(output, pdf), ".html");
        return PdfText(Path.Combine(output, pdf)) + (File.Exists(html) ? "\n" + DataLinks(html) : "");
    }

    /// <summary>The rows behind each figure and table as the HTML offers them for download, in page order: every engine
    /// must give the same rows in the same order, so a query whose ORDER BY leaves ties shows here (DuckDB returns tied
    /// rows in a different order from run to run).</summary>
    public static string DataLinks(string html) => string.Join("\n", HtmlDataLinks.Read(File.ReadAllText(html)));

    public static void Run(params string[] args)
    {
        var result = CliRunner.Run(["--quiet", .. args]);
        Assert.True(result.ExitCode == 0, $"hfreports {string.Join(' ', args)}: exit {result.ExitCode}\n{result.Error}");
    }

    /// <summary>Every word of every page, in drawing order: the same text means the same numbers, names and order.</summary>
    public static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
