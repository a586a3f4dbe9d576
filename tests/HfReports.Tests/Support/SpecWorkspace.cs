using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Support;

/// <summary>A temporary folder holding a manifest, spec files and (when asked) a tiny snapshot, deleted afterwards.</summary>
public sealed class SpecWorkspace : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("hfreports-spec-").FullName;

    public const string DefaultManifest = "snapshot: snapshot.db\nreports: [report.yaml]\n";

    public SpecWorkspace(IReadOnlyDictionary<string, string> files)
    {
        if (!files.ContainsKey("reports.yaml")) Write("reports.yaml", DefaultManifest);
        foreach (var (path, text) in files) Write(path, text);
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string ManifestPath => Path.Combine(Folder, "reports.yaml");

    /// <summary>Loads the manifest and every report, as `check` does before touching data.</summary>
    public IReadOnlyList<Diagnostic> Load()
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(ManifestPath, diagnostics, EngineVocabulary.Manifest);
        if (manifest is not null)
            foreach (var report in manifest.Reports) ReportLoader.Load(report, manifest.BaseFolder, diagnostics, EngineVocabulary.Spec);
        return diagnostics.Items;
    }

    /// <summary>The manifest's only report, loaded without a diagnostic, and the tiny snapshot beside it.</summary>
    internal (ManifestSpec Manifest, ReportSpec Report, string SnapshotPath) LoadReport()
    {
        var snapshotPath = Path.Combine(Folder, "snapshot.db");
        TinySnapshot.Write(snapshotPath);
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(ManifestPath, diagnostics, EngineVocabulary.Manifest)!;
        var report = ReportLoader.Load(manifest.Reports.Single(), manifest.BaseFolder, diagnostics, EngineVocabulary.Spec)!;
        Assert.Empty(diagnostics.Items);
        return (manifest, report, snapshotPath);
    }

    /// <summary>Runs the whole check against a tiny real snapshot.</summary>
    public CheckResult Check(BuildOptions? options = null)
    {
        TinySnapshot.Write(Path.Combine(Folder, "snapshot.db"));
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(ManifestPath, diagnostics, EngineVocabulary.Manifest) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        return ReportChecker.Check(manifest, options ?? BuildOptions.Default);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        // A folder that cannot be deleted is reported by SuiteCleanupTests rather than failing this test.
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A snapshot with just enough of the schema for spec tests: meta and six models.</summary>
public static class TinySnapshot
{
    public static void Write(string path)
    {
        if (File.Exists(path)) return;
        SqliteFile.Execute(path, $"""
            CREATE TABLE snapshot_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO snapshot_meta VALUES ('schema_version', '{HfReports.Engine.Query.SnapshotIdentity.SupportedSchemaVersion}'), ('created_at', '2024-06-15T00:00:00Z'), ('synthetic', '0');
            CREATE TABLE models (fullname TEXT PRIMARY KEY, arch_group TEXT NOT NULL, params_b REAL, average REAL, created_at TEXT);
            INSERT INTO models VALUES
              ('a/one', 'LLama', 7, 60.5, '2024-01-02'),
              ('a/two', 'LLama', 13, 62.0, '2024-01-03'),
              ('b/three', 'Mistral', 7, 65.0, '2024-01-09'),
              ('b/four', 'Mistral', 7, 66.0, '2024-01-10'),
              ('c/five', 'Mistral', NULL, 59.0, '2024-01-20'),
              ('c/six', 'Phi', 3, 58.0, '2024-02-01');
            """);
    }
}
