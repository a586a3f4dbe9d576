namespace HfReports.Engine.Spec.Transforms;

/// <summary>`filter: { column, <op>: value }` with one operator: eq, ne, lt, le, gt, ge, in, not_in, is_null, not_null.
/// Keeps the rows where the comparison holds; a null never compares true (only is_null matches it). A value may be
/// a report parameter, `{ param: name }`, bound when the filter runs and converted to the column's type.</summary>
internal sealed record FilterSpec(string Column, FilterOperator Operator, IReadOnlyList<object?> Operands, SourceLocation Location, string KeyPath)
    : TransformSpec(Location, KeyPath)
{
    public static readonly IReadOnlyList<string> Operators = SpecWords.Of<FilterOperator>();

    public override string Name => "filter";

    public static FilterSpec? Read(MappingReaderFactory factory)
    {
        var args = factory.Open(["column", .. Operators]);
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        var operators = Operators.Where(args.Has).ToArray();
        if (operators.Length != 1)
        {
            if (operators.Length == 0 && args.HasUnknownKeys) return null;
            factory.Diagnostics.Error(operators.Length == 0
                ? $"the 'filter' transform needs one comparison: {string.Join(", ", Operators)}"
                : $"the 'filter' transform takes one comparison, found {string.Join(" and ", operators)}", factory.Node.Location, factory.Node.KeyPath,
                operators.Length == 0 ? "for example: filter: { column: params_b, gt: 0 }" : "chain two filter steps to combine comparisons");
            return null;
        }
        var op = operators[0];
        var node = args.Optional(op)!;
        var comparison = SpecWords.Parse<FilterOperator>(op)!.Value;
        IReadOnlyList<object?> operands;
        if (comparison is FilterOperator.In or FilterOperator.NotIn)
        {
            if (!node.IsSequence)
            {
                factory.Diagnostics.Error($"'{op}' needs a list of values, found {node.KindName}", node.Location, node.KeyPath);
                return null;
            }
            operands = node.Items().Select(i => Operand(i, factory.Diagnostics)).ToArray();
        }
        else if (comparison is FilterOperator.IsNull or FilterOperator.NotNull)
        {
            if (args.Boolean(op) is not true)
            {
                factory.Diagnostics.Error($"write '{op}: true'", node.Location, node.KeyPath);
                return null;
            }
            operands = [];
        }
        else if (node.IsMapping)
        {
            if (Operand(node, factory.Diagnostics) is not ParameterReference reference) return null;
            operands = [reference];
        }
        else
        {
            var value = args.Scalar(op, out var present);
            if (!present) return null;
            if (value is null)
            {
                factory.Diagnostics.Error($"'{op}' cannot compare with null (a null never compares true)", node.Location, node.KeyPath,
                    "use is_null: true or not_null: true");
                return null;
            }
            operands = [value];
        }
        return column is null ? null : new FilterSpec(column, comparison, operands, factory.Node.Location, factory.Node.KeyPath);
    }

    /// <summary>A literal value, or `{ param: name }`.</summary>
    private static object? Operand(SpecNode node, DiagnosticBag diagnostics)
    {
        if (!node.IsMapping) return node.ScalarValue();
        var args = new MappingReader(node, diagnostics, "a parameter reference", "param");
        var name = args.String("param", required: true);
        return name is null ? null : new ParameterReference(name);
    }
}

/// <summary>A filter value taken from the report's parameters when the filter runs.</summary>
internal sealed record ParameterReference(string Name);
