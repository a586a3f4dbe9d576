using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Query;

/// <summary>The engine's own reads of a snapshot (its meta, its imports, a diff's models): bounded like any query
/// (<see cref="SnapshotStatement"/>), and any failure is a <see cref="SnapshotException"/> naming the file.</summary>
internal static class SnapshotRead
{
    /// <summary>The most rows the engine reads from a snapshot table of its own (snapshot_meta, imports).</summary>
    public const int MaxRows = 10_000;

    /// <summary>The most models a diff reads from one snapshot.</summary>
    public const int MaxModelRows = 10_000_000;

    /// <param name="what">What a failure says about the file ("is not an HfReports snapshot").</param>
    public static List<object?[]> Rows(SnapshotDatabase database, string sql, string what, CancellationToken cancellation, int maxRows = MaxRows)
    {
        try
        {
            return SnapshotStatement.ReadAll(database, sql, maxRows, cancellation);
        }
        catch (RowLimitExceededException)
        {
            throw new SnapshotException($"'{database.Path}' is not a valid HfReports snapshot: '{sql}' returns more than {maxRows:N0} rows");
        }
        catch (QueryTimeoutException)
        {
            throw new SnapshotException($"'{database.Path}' cannot be read: reading it took longer than {QueryLimits.Describe(SnapshotStatement.InternalTimeout)} "
                + "(its tables or views do not look like a snapshot's)");
        }
        catch (QueryException e)
        {
            throw new SnapshotException($"'{database.Path}' cannot be read: {e.Message}");
        }
        catch (SqliteException e)
        {
            throw new SnapshotException($"'{database.Path}' {what}: {SqliteMessage.Of(e)}");
        }
    }

    /// <summary>What kind of SQLite value <paramref name="value"/> is, for messages.</summary>
    public static string Kind(object? value) => value switch
    {
        null => "NULL",
        long => "an integer",
        double => "a real number",
        byte[] => "a blob",
        _ => "text",
    };
}
