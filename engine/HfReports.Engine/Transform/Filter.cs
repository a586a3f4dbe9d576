using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Keeps the rows where one comparison holds. Values in the spec are converted to the column's type;
/// a null compares true with nothing (as in SQL), so only is_null keeps it.</summary>
internal static class Filter
{
    public static Frame Apply(Frame frame, FilterSpec spec, IReadOnlyDictionary<string, object?> parameters)
    {
        var column = TransformPipeline.Column(frame, spec.Column, spec);
        var operands = spec.Operands.Select(value => Bind(value, spec, parameters)).Select(value => SpecValues.TryConvert(value, column.Type, out var converted) ? converted
            : throw new TransformException($"cannot compare '{spec.Column}' ({TransformPipeline.TypeName(column.Type)}) with '{SpecValues.Display(value)}'", spec)).ToArray();
        var kept = Enumerable.Range(0, frame.RowCount).Where(row => Matches(column[row], spec.Operator, operands)).ToArray();
        return frame.SelectRows(kept);
    }

    private static object? Bind(object? value, FilterSpec spec, IReadOnlyDictionary<string, object?> parameters)
    {
        if (value is not ParameterReference reference) return value;
        if (!parameters.TryGetValue(reference.Name, out var bound))
            throw new TransformException($"the 'filter' transform uses the parameter '{reference.Name}', which the report does not declare", spec,
                Spec.Suggestions.DidYouMean(reference.Name, parameters.Keys)
                    ?? (parameters.Count == 0 ? "declare it under the report's 'parameters'" : $"parameters: {string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal))}"));
        if (bound is null)
            throw new TransformException($"the parameter '{reference.Name}' is null; a null never compares true", spec, "use is_null: true or not_null: true");
        return bound;
    }

    // A null compares true with nothing (as in SQL): only is_null keeps it.
    private static bool Matches(object? value, FilterOperator op, object?[] operands) => value is null
        ? op == FilterOperator.IsNull
        : op switch
        {
            FilterOperator.IsNull => false,
            FilterOperator.NotNull => true,
            FilterOperator.In => operands.Any(o => GroupKey.CompareValues(value, o) == 0),
            FilterOperator.NotIn => operands.All(o => GroupKey.CompareValues(value, o) != 0),
            FilterOperator.Eq => GroupKey.CompareValues(value, operands[0]) == 0,
            FilterOperator.Ne => GroupKey.CompareValues(value, operands[0]) != 0,
            FilterOperator.Lt => GroupKey.CompareValues(value, operands[0]) < 0,
            FilterOperator.Le => GroupKey.CompareValues(value, operands[0]) <= 0,
            FilterOperator.Gt => GroupKey.CompareValues(value, operands[0]) > 0,
            FilterOperator.Ge => GroupKey.CompareValues(value, operands[0]) >= 0,
        };
}
