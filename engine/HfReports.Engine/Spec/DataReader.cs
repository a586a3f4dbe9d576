using HfReports.Engine.Frames;

namespace HfReports.Engine.Spec;

/// <summary>Reads a data block: query | sql | frame, params, types, transform, expect, timeout, max_rows.</summary>
internal static class DataReader
{
    private static readonly string[] TypeNames = ["text", "integer", "real", "date", "boolean"];

    public static DataSpec? Read(SpecNode node, DiagnosticBag diagnostics, SpecVocabulary vocabulary, Func<SpecNode, string?> readSqlFile)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var data = new MappingReader(node, diagnostics, "a data block", "query", "sql", "frame", "params", "types", "transform", "expect", "timeout", "max_rows");
        if (!data.IsValid) return null;
        var sources = new[] { "query", "sql", "frame" }.Where(data.Has).ToArray();
        if (sources.Length != 1)
        {
            if (sources.Length == 0 && data.HasUnknownKeys) return null;
            diagnostics.Error(sources.Length == 0
                ? "a data block needs one of: query (inline SQL), sql (a .sql file), frame (a named frame)"
                : $"a data block takes one source, found {string.Join(" and ", sources)}", node.Location, node.KeyPath);
            return null;
        }
        string? sql = null;
        string? frame = null;
        Dictionary<string, SqlVariant> variants = [];
        switch (sources[0])
        {
            case "query": sql = data.String("query"); break;
            case "sql" when data.Optional("sql") is { IsMapping: true } perEngine: variants = ReadVariants(perEngine, diagnostics, readSqlFile); break;
            case "sql": sql = data.Optional("sql") is { IsScalar: true } file ? readSqlFile(file) : null; break;
            default: frame = data.String("frame"); break;
        }

        var types = new Dictionary<string, ColumnType>(StringComparer.Ordinal);
        if (data.Optional("types") is { IsMapping: false, IsNull: false } notMapping)
            diagnostics.Error($"'types' must map column names to types, found {notMapping.KindName}", notMapping.Location, notMapping.KeyPath,
                "for example: types: { created_at: date }");
        else if (data.Optional("types") is { } typesNode)
            foreach (var (column, _, value) in typesNode.Entries())
            {
                if (Enum.TryParse<ColumnType>(value.Text, ignoreCase: true, out var type) && TypeNames.Contains(value.Text))
                    types[column] = type;
                else
                    diagnostics.Error($"unknown column type '{value.Text}' for '{column}'", value.Location, value.KeyPath,
                        Suggestions.DidYouMean(value.Text, TypeNames) ?? $"expected one of: {string.Join(", ", TypeNames)}");
            }

        var transforms = data.List("transform").Select(t => TransformReader.Read(t, diagnostics, vocabulary.Transforms)).OfType<TransformSpec>().ToArray();
        var expectations = data.List("expect").Select(e => ExpectationReader.Read(e, diagnostics)).OfType<ExpectationSpec>().ToArray();
        var timeout = QueryLimitsReader.Timeout(data);
        var maxRows = QueryLimitsReader.MaxRows(data);
        var sqlNode = data.Optional(sources[0]);
        return new DataSpec(sql, frame, data.ScalarMap("params"), types, transforms, node.Location, node.KeyPath)
        {
            Expectations = expectations,
            SqlLocation = sqlNode?.Location,
            SqlKeyPath = sqlNode?.KeyPath,
            SqlVariants = variants,
            Timeout = timeout,
            MaxRows = maxRows,
            IsComplete = diagnostics.ErrorCount == errorsBefore,
        };
    }

    /// <summary>`sql: { sqlite: a.sql, duckdb: b.sql, postgres: c.sql }`: a .sql file per engine.</summary>
    private static Dictionary<string, SqlVariant> ReadVariants(SpecNode node, DiagnosticBag diagnostics, Func<SpecNode, string?> readSqlFile)
    {
        var variants = new Dictionary<string, SqlVariant>(StringComparer.Ordinal);
        var errorsBefore = diagnostics.ErrorCount;
        foreach (var (engine, keyNode, value) in node.Entries())
        {
            if (!SqlEngineNames.All.Contains(engine))
                diagnostics.Error($"unknown engine '{engine}' in per-engine sql", keyNode.Location, SpecNode.Join(node.KeyPath, engine),
                    Suggestions.DidYouMean(engine, SqlEngineNames.All) ?? $"expected: {string.Join(", ", SqlEngineNames.All)}");
            else if (!value.IsScalar)
                diagnostics.Error($"sql.{engine} must name a .sql file, found {value.KindName}", value.Location, value.KeyPath, $"for example: sql: {{ {engine}: query.{engine}.sql }}");
            else
                variants[engine] = new SqlVariant(readSqlFile(value), value.Location, value.KeyPath);
        }
        if (variants.Count == 0 && diagnostics.ErrorCount == errorsBefore)
            diagnostics.Error("per-engine sql names no engine", node.Location, node.KeyPath, $"for example: sql: {{ sqlite: query.sql, duckdb: query.duckdb.sql }}");
        return variants;
    }
}
