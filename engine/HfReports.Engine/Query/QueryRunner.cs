using Dapper;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Query;

/// <summary>Runs one SQL query through Dapper with bound parameters (never spliced into the SQL text)
/// and returns it as a typed frame.</summary>
public static class QueryRunner
{
    public static Frame Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes = null) =>
        Run(database, sql, parameters, declaredTypes, rowLimit: null).Frame;

    /// <summary>Runs the query reading at most <paramref name="rowLimit"/> rows; says whether rows were left unread.</summary>
    public static (Frame Frame, bool Truncated) Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes, int? rowLimit)
    {
        var bound = new DynamicParameters();
        foreach (var (name, value) in parameters)
            bound.Add(name, value);
        using var reader = database.Connection.ExecuteReader(sql, bound);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
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
