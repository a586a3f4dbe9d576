namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// A leaderboard export layout: its name in `imports.format`, the leaderboard generation, the
/// columns it knows, and the reader that maps its rows.
/// </summary>
public sealed class ExportFormat(string name, string generation, IReadOnlyList<ColumnSpec> columns, Func<ColumnMap, IEntryReader> createReader)
{
    public string Name { get; } = name;
    public string Generation { get; } = generation;
    public IReadOnlyList<ColumnSpec> Columns { get; } = columns;

    public IEntryReader CreateReader(ColumnMap map) => createReader(map);

    /// <summary>The formats the importer recognises, v1 first.</summary>
    public static IReadOnlyList<ExportFormat> Known { get; } = [V1EntryReader.Format, V2FlatEntryReader.Format, V2LegacyEntryReader.Format];
}
