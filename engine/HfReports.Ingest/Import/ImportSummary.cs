namespace HfReports.Ingest.Import;

/// <summary>What happened to one export file: its rows, its benchmark generation (v1 / v2), how many of its
/// entries are flagged, and warnings (optional columns it lacks that the reports read).</summary>
public sealed record FileImportResult(
    string FileName,
    string Sha256,
    bool AlreadyImported,
    string? Format = null,
    string? AsOf = null,
    int RowsRead = 0,
    int RowsKept = 0,
    int RowsSkipped = 0,
    int DistinctModels = 0,
    IReadOnlyList<string>? SkippedRows = null,
    string? Generation = null,
    int RowsFlagged = 0,
    IReadOnlyList<string>? Warnings = null);

/// <summary>Models of the cleaned view per type label ('unknown' for no type).</summary>
public sealed record TypeCount(string TypeLabel, int Models);

/// <summary>How long one step of the import took (for --verbose and the benchmark notes).</summary>
public sealed record ImportStep(string Name, TimeSpan Elapsed);

/// <summary>The end-of-import report: each file, then the cleaned view of the current import, and warnings
/// about the snapshot as a whole (each file's own warnings are in its <see cref="FileImportResult"/>).</summary>
public sealed record ImportSummary(
    string SnapshotPath,
    IReadOnlyList<FileImportResult> Files,
    string? CurrentAsOf,
    int CleanModels,
    IReadOnlyList<TypeCount> CleanModelsPerType,
    IReadOnlyList<ImportStep> Steps,
    IReadOnlyList<string> Warnings)
{
    /// <summary>True when every file was already in the snapshot and nothing was written.</summary>
    public bool NothingChanged => Files.All(file => file.AlreadyImported);
}
