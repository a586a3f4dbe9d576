using HfReports.Engine.Expressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HfReports.Engine.Spec.Transforms;

/// <summary>`mutate: { name: "expression", ... }`: adds (or replaces) columns computed row by row, in the order written,
/// so a later column may use an earlier one. The expression language is in reports/DSL.md ("Expressions").</summary>
internal sealed record MutateSpec(IReadOnlyList<MutateColumn> Columns, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "mutate";

    public static MutateSpec? Read(MappingReaderFactory factory)
    {
        var node = factory.Node;
        if (!node.IsMapping || !node.Entries().Any())
        {
            factory.Diagnostics.Error($"the 'mutate' transform is a mapping of new column names to expressions, found {node.KindName}", node.Location, node.KeyPath,
                "for example: mutate: { size_b: \"round(params_b)\" }");
            return null;
        }
        var columns = new List<MutateColumn>();
        var valid = true;
        foreach (var (name, _, value) in node.Entries())
        {
            if (!value.IsScalar || value.IsNull)
            {
                factory.Diagnostics.Error($"'{name}' must be an expression (text), found {value.KindName}", value.Location, value.KeyPath);
                valid = false;
                continue;
            }
            try
            {
                columns.Add(new MutateColumn(name, value.Text, LocationOf(value, 0), value.KeyPath) { Parsed = ExpressionParser.Parse(value.Text) });
            }
            catch (ExpressionException e)
            {
                factory.Diagnostics.Error($"in the expression of '{name}': {e.Message}", LocationOf(value, e.Offset), value.KeyPath, e.Suggestion);
                valid = false;
            }
        }
        return valid ? new MutateSpec(columns, node.Location, node.KeyPath) : null;
    }

    /// <summary>Where a character of a one-line scalar is in the file: the scalar's column, past its opening quote.</summary>
    public static SourceLocation LocationOf(SpecNode value, int offset)
    {
        if (value.Node is not YamlScalarNode scalar || scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded || value.Text.Contains('\n'))
            return value.Location;
        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return value.Location with { Column = value.Location.Column + quote + offset };
    }
}

/// <summary>One computed column: its name and expression (the text is what the build cache keys on).
/// Location is where the expression's first character is.</summary>
internal sealed record MutateColumn(string Name, string Expression, SourceLocation Location, string KeyPath)
{
    /// <summary>Where the expression's character at <paramref name="offset"/> is (its start when it spans lines).</summary>
    public SourceLocation At(int offset) => Expression.Contains('\n') ? Location : Location with { Column = Location.Column + offset };

    internal ExpressionNode Parsed { get; init; } = null!;
}
