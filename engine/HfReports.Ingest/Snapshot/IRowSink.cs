namespace HfReports.Ingest.Snapshot;

/// <summary>Where the rows of one table go, one call per row with the values in column order: a prepared SQLite
/// INSERT (<see cref="PreparedInsert"/>) or another engine's bulk appender. Disposing finishes the table.</summary>
public interface IRowSink : IDisposable
{
    void Run(params object?[] values);
}
