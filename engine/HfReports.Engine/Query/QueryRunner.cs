using Dapper;
using HfReports.Engine.Frames;
using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Query;

/// <summary>Runs one SQL query through Dapper with bound parameters (never spliced into the SQL text)
/// and returns it as a typed frame. The query must be a single read-only statement, and it runs under
/// a time limit and a row limit (<see cref="QueryLimits"/>).</summary>
public static class QueryRunner
{
    private const int SqliteInterrupt = 9;

    public static Frame Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes = null) =>
        Run(database, sql, parameters, declaredTypes, rowLimit: null).Frame;

    /// <summary>Runs the query reading at most <paramref name="rowLimit"/> rows; says whether rows were left unread.</summary>
    /// <param name="limits">Time limit and the most rows the frame may hold (more is an error, unlike the
    /// <paramref name="rowLimit"/> of a quick check, which just stops reading).</param>
    /// <exception cref="QueryException">Refused, timed out or over the row limit.</exception>
    /// <exception cref="OperationCanceledException">The build was cancelled while the query ran.</exception>
    public static (Frame Frame, bool Truncated) Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes, int? rowLimit, QueryLimits? limits = null,
        CancellationToken cancellation = default)
    {
        limits ??= QueryLimits.Default;
        cancellation.ThrowIfCancellationRequested();
        database.Guard.Check(sql);
        var bound = new DynamicParameters();
        foreach (var (name, value) in parameters)
            bound.Add(name, value);
        using var timing = database.Watch.Start(limits.Timeout, cancellation);
        try
        {
            return Read(database, sql, bound, declaredTypes, rowLimit, limits.MaxRows);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteInterrupt)
        {
            cancellation.ThrowIfCancellationRequested();
            if (database.Watch.Expired) throw new QueryTimeoutException(limits.Timeout);
            throw;
        }
    }

    private static (Frame Frame, bool Truncated) Read(SnapshotDatabase database, string sql, DynamicParameters bound,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes, int? rowLimit, int maxRows)
    {
        using var reader = database.Connection.ExecuteReader(sql, bound);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DuplicateColumnException(twice.Key);
        var values = names.Select(_ => new List<object?>()).ToArray();
        var rows = 0;
        var truncated = false;
        while (reader.Read())
        {
            if (rowLimit is { } limit && rows >= limit)
            {
                truncated = true;
                break;
            }
            if (rows >= maxRows) throw new RowLimitExceededException(maxRows);
            for (var i = 0; i < names.Length; i++)
                values[i].Add(reader.IsDBNull(i) ? null : reader.GetValue(i));
            rows++;
        }
        var columns = new FrameColumn[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var declared = declaredTypes is not null && declaredTypes.TryGetValue(names[i], out var t) ? t : (ColumnType?)null;
            columns[i] = ColumnTyping.Type(names[i], values[i], declared);
        }
        return (new Frame(columns), truncated);
    }
}
