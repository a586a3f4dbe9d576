using System.Data;
using Dapper;
using HfReports.Engine.Frames;
using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Query;

/// <summary>Runs one SQL query through Dapper with bound parameters and returns it as a typed frame.</summary>
public static class QueryRunner
{
    public static Frame Run(SnapshotDatabase database, string sql, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, ColumnType>? declaredTypes = null, int? rowLimit = null)
    {
        var bound = new DynamicParameters();
        foreach (var (name, value) in parameters)
            bound.Add(name, value);
        using var reader = database.Connection.ExecuteReader(sql, bound);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var values = names.Select(_ => new List<object?>()).ToArray();
        while (reader.Read())
        {
            if (rowLimit is { } limit && values.Length > 0 && values[0].Count >= limit)
                throw new QueryRowLimitException(limit);
            for (var i = 0; i < names.Length; i++)
                values[i].Add(reader.IsDBNull(i) ? null : reader.GetValue(i));
        }
        var columns = new FrameColumn[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var declared = declaredTypes is not null && declaredTypes.TryGetValue(names[i], out var t) ? t : (ColumnType?)null;
            columns[i] = ColumnTyping.Type(names[i], values[i], declared);
        }
        return new Frame(columns);
    }
}

/// <summary>A query returned more rows than its frame allows.</summary>
public sealed class QueryRowLimitException(int limit) : Exception($"the query returned more than {limit} rows")
{
    public int Limit { get; } = limit;
}
