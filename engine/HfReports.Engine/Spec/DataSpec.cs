using HfReports.Engine.Frames;

namespace HfReports.Engine.Spec;

/// <summary>
/// Where a frame comes from: a SQL query (inline or a .sql file) or another named frame,
/// then an ordered list of transforms, then the checks its result must pass.
/// </summary>
/// <param name="SqlLocation">Where the query (or the name of its .sql file) is written, for SQL errors.</param>
public sealed record DataSpec(
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

    /// <summary>The query's own time limit (`timeout`); null takes the engine's default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The most rows the query may return (`max_rows`); null takes the engine's default.</summary>
    public int? MaxRows { get; init; }

    /// <summary>False when reading the block found errors (a step was dropped): evaluating it would only
    /// report follow-on errors, so evaluation skips it.</summary>
    public bool IsComplete { get; init; } = true;
}
