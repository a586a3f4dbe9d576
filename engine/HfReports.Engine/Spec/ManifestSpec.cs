namespace HfReports.Engine.Spec;

/// <summary>The manifest (reports.yaml): which snapshot, where outputs go, in which formats, with which theme, which reports.</summary>
public sealed record ManifestSpec(
    string ManifestPath,
    string BaseFolder,
    string SnapshotPath,
    string OutputFolder,
    IReadOnlyList<string> Formats,
    ThemeSpec Theme,
    IReadOnlyList<ReportReference> Reports);

/// <summary>A report listed in the manifest: its spec file and where the manifest names it.</summary>
public sealed record ReportReference(string Path, string DisplayPath, SourceLocation Location);
