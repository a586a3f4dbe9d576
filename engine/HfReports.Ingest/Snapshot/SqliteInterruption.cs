using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Ingest.Snapshot;

/// <summary>
/// Runs a snapshot builder's work so that cancelling stops it even in the middle of a long statement: the token
/// interrupts whatever the connection is running (SQLite allows that from any thread), and the SQLite error that
/// follows surfaces as an <see cref="OperationCanceledException"/>, not as a failure of the snapshot.
/// </summary>
internal static class SqliteInterruption
{
    public static T Run<T>(SqliteConnection connection, CancellationToken cancellation, Func<T> work)
    {
        using var interrupt = cancellation.Register(() => raw.sqlite3_interrupt(connection.Handle));
        try
        {
            return work();
        }
        catch (SqliteException) when (cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException("interrupted", cancellation);
        }
    }
}
