using HfReports.Engine.Frames;

namespace HfReports.Engine.Spec;

/// <summary>
/// Where a frame comes from: a SQL query (inline or a .sql file) or another named frame,
/// then an ordered list of transforms.
/// </summary>
public sealed record DataSpec(
    string? Sql,
    string? FrameReference,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyDictionary<string, ColumnType> Types,
    IReadOnlyList<TransformSpec> Transforms,
    SourceLocation Location,
    string KeyPath);
