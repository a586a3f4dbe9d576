namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// A leaderboard export layout: its name in `imports.format`, the leaderboard generation, the
/// columns it knows, the column that marks flagged entries (and whether the format reads it
/// inverted), and the reader that maps its rows.
/// </summary>
internal sealed class ExportFormat(string name, string generation, IReadOnlyList<ColumnSpec> columns,
    string flaggedColumn, bool flaggedInverted, Func<ColumnMap, IEntryReader> createReader)
{
    public string Name { get; } = name;
    public string Generation { get; } = generation;
    public IReadOnlyList<ColumnSpec> Columns { get; } = columns;

    /// <summary>The column whose flagged entries cleaning removes (C3); named when it would remove nearly everything.</summary>
    public string FlaggedColumn { get; } = flaggedColumn;

    /// <summary>True when 'FALSE' in <see cref="FlaggedColumn"/> means flagged (v1 and legacy v2 exports).</summary>
    public bool FlaggedInverted { get; } = flaggedInverted;

    public IEntryReader CreateReader(ColumnMap map) => createReader(map);

    /// <summary>The formats the importer recognises, v1 first.</summary>
    public static IReadOnlyList<ExportFormat> Known { get; } = [V1EntryReader.Format, V2FlatEntryReader.Format, V2LegacyEntryReader.Format];
}
