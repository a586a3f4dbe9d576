namespace HfReports.Ingest.Import;

/// <summary>Arguments of `hfreports snapshot import`.</summary>
/// <param name="Files">Exports to import, in order.</param>
/// <param name="OutPath">The snapshot to create or add to.</param>
/// <param name="AsOf">Export date for a single file (YYYY-MM-DD); null = from the file name or its data.</param>
/// <param name="Force">Replace an existing snapshot with one built from <paramref name="Files"/> only.</param>
/// <param name="SkipBadRows">Import the good rows and count the bad ones instead of failing.</param>
/// <param name="ImportedAt">What `imports.imported_at` records (UTC); null = the time the import runs. The CLI
/// passes SOURCE_DATE_EPOCH here, so the same exports can give a byte-identical snapshot.</param>
public sealed record ImportOptions(
    IReadOnlyList<string> Files,
    string OutPath,
    string? AsOf = null,
    bool Force = false,
    bool SkipBadRows = false,
    DateTime? ImportedAt = null);
