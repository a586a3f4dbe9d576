using HfReports.Engine.Frames;

namespace HfReports.Engine.Spec;

/// <summary>
/// Where a frame comes from: a SQL query (inline or a .sql file) or another named frame,
/// then an ordered list of transforms, then the checks its result must pass.
/// </summary>
/// <param name="SqlLocation">Where the query (or the name of its .sql file) is written, for SQL errors.</param>
internal sealed record DataSpec(
    string? Sql,
    string? FrameReference,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyDictionary<string, ColumnType> Types,
    IReadOnlyList<TransformSpec> Transforms,
    SourceLocation Location,
    string KeyPath)
{
    public IReadOnlyList<ExpectationSpec> Expectations { get; init; } = [];
    public SourceLocation? SqlLocation { get; init; }
    public string? SqlKeyPath { get; init; }

    /// <summary>Per-engine SQL (`sql: { sqlite: a.sql, duckdb: b.sql, postgres: c.sql }`), by engine name; empty when
    /// the block's SQL is portable (<see cref="Sql"/>).</summary>
    public IReadOnlyDictionary<string, SqlVariant> SqlVariants { get; init; } = new Dictionary<string, SqlVariant>();

    /// <summary>The SQL to run on <paramref name="engine"/> (sqlite, duckdb, postgres) with where it is written; null when
    /// the block gives variants but none for that engine.</summary>
    public SqlVariant? SqlFor(string engine) =>
        SqlVariants.Count == 0 ? new SqlVariant(Sql, SqlLocation ?? Location, SqlKeyPath ?? SpecNode.Join(KeyPath, "query"))
        : SqlVariants.GetValueOrDefault(engine);

    /// <summary>Every SQL text of the block (portable and per engine), for cache keys.</summary>
    public string AllSql => SqlVariants.Count == 0 ? Sql ?? "" : string.Join("\n;--\n", SqlVariants.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}:{v.Value.Sql}"));

    /// <summary>The query's own time limit (`timeout`); null takes the engine's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The most rows the query may return (`max_rows`); null takes the engine's default.</summary>
    public int? MaxRows { get; init; }

    /// <summary>False when reading the block found errors (a step was dropped): evaluating it would only
    /// report follow-on errors, so evaluation skips it.</summary>
    public bool IsComplete { get; init; } = true;
}

/// <summary>One engine's SQL of a data block and where it is named (the `sql:` entry), for errors.</summary>
internal sealed record SqlVariant(string? Sql, SourceLocation Location, string KeyPath);
