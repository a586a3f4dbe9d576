using HfReports.Engine.Frames;

namespace HfReports.Engine.Query;

/// <summary>Runs one SQL query with bound parameters (never pasted into the SQL text) and returns it as a typed
/// frame. The query must be a single read-only statement, and it runs under a time limit (preparation included)
/// and a row limit (<see cref="QueryLimits"/>); see <see cref="SnapshotStatement"/>.</summary>
internal static class QueryRunner
{
    public static Frame Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes = null) =>
        Run(database, sql, parameters, declaredTypes, rowLimit: null).Frame;

    /// <summary>Runs the query reading at most <paramref name="rowLimit"/> rows; says whether rows were left unread.</summary>
    /// <param name="limits">Time limit and the most rows the frame may hold (more is an error, unlike the
    /// <paramref name="rowLimit"/> of a quick check, which just stops reading).</param>
    /// <param name="allowance">What the build's frames may still take: the rows are taken from it as they are read.</param>
    /// <exception cref="QueryException">Refused, timed out, over the row limit, a frame's or the build's cells or text, or SQLite's memory limit.</exception>
    /// <exception cref="OperationCanceledException">The build was cancelled while the query ran.</exception>
    public static (Frame Frame, bool Truncated) Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes, int? rowLimit, QueryLimits? limits = null,
        CancellationToken cancellation = default, IReadingAllowance? allowance = null)
    {
        limits ??= QueryLimits.Default;
        string[] names = [];
        RawColumn[] values = [];
        var rows = 0;
        long bytes = 0;
        var truncated = false;
        SnapshotStatement.Run(database, sql, parameters, limits.Timeout, cancellation, columns =>
        {
            names = columns;
            if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new DuplicateColumnException(twice.Key);
            values = names.Select(_ => new RawColumn()).ToArray();
        }, row =>
        {
            if (rowLimit is { } limit && rows >= limit)
            {
                truncated = true;
                return false;
            }
            if (rows >= limits.MaxRows) throw new RowLimitExceededException(limits.MaxRows);
            if ((long)(rows + 1) * names.Length > Spec.SpecLimits.MaxFrameCells) throw new FrameTooLargeException($"{Spec.SpecLimits.MaxFrameCells:N0} cells (rows x columns)");
            var before = bytes;
            bytes = 0;
            for (var i = 0; i < names.Length; i++)
            {
                row.AddTo(i, values[i]);
                bytes += values[i].TextBytes;
            }
            if (bytes > Spec.SpecLimits.MaxFrameBytes) throw new FrameTooLargeException($"{Spec.SpecLimits.MaxFrameBytes / (1024 * 1024):N0} MiB of text");
            if (allowance?.Take(names.Length, bytes - before) is { } exceeded) throw new BuildAllowanceException(exceeded);
            rows++;
            return true;
        });
        var frameColumns = new FrameColumn[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var declared = declaredTypes is not null && declaredTypes.TryGetValue(names[i], out var t) ? t : (ColumnType?)null;
            frameColumns[i] = ColumnTyping.Type(names[i], values[i], declared);
            values[i] = null!; // its raw values are garbage once typed, before the next column is
        }
        return (new Frame(frameColumns), truncated);
    }
}
