using HfReports.Engine.Expressions;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Computes each `mutate` column row by row. Names are checked before any row is evaluated, so a misspelt
/// column is one error with a suggestion; the column's type is that of its values (integers and reals together make reals).</summary>
internal static class Mutate
{
    public static Frame Apply(Frame frame, MutateSpec spec, IReadOnlyDictionary<string, object?> parameters)
    {
        foreach (var column in spec.Columns)
        {
            CheckNames(frame, column, spec, parameters);
            var current = frame;
            var values = new object?[frame.RowCount];
            for (var row = 0; row < frame.RowCount; row++)
            {
                var r = row;
                try
                {
                    values[row] = ExpressionEvaluator.Evaluate(column.Parsed, name => current[name][r], name => parameters[name]);
                }
                catch (ExpressionException e)
                {
                    throw new TransformException($"in the expression of '{column.Name}', row {row + 1}: {e.Message}", At(spec, column, e.Offset));
                }
            }
            frame = Grouping.WithColumn(frame, new FrameColumn(column.Name, TypeOf(values, column, spec), values));
        }
        return frame;
    }

    private static void CheckNames(Frame frame, MutateColumn column, MutateSpec spec, IReadOnlyDictionary<string, object?> parameters)
    {
        foreach (var node in ExpressionEvaluator.Names(column.Parsed))
        {
            if (node is ColumnNode c && !frame.Has(c.Name))
                throw new TransformException($"the expression of '{column.Name}' uses column '{c.Name}', but the frame has: {string.Join(", ", frame.ColumnNames)}",
                    At(spec, column, c.Offset), Suggestions.DidYouMean(c.Name, frame.ColumnNames));
            if (node is ParameterNode p && !parameters.ContainsKey(p.Name))
                throw new TransformException($"the expression of '{column.Name}' uses params.{p.Name}, which the report does not declare",
                    At(spec, column, p.Offset), Suggestions.DidYouMean(p.Name, parameters.Keys)
                        ?? (parameters.Count == 0 ? "declare it under the report's 'parameters'" : $"parameters: {string.Join(", ", parameters.Keys.Order(StringComparer.Ordinal))}"));
        }
    }

    /// <summary>The step, relocated to the character of the expression the error is about.</summary>
    private static MutateSpec At(MutateSpec spec, MutateColumn column, int offset) =>
        spec with { Location = column.At(offset), KeyPath = column.KeyPath };

    private static ColumnType TypeOf(object?[] values, MutateColumn column, MutateSpec spec)
    {
        var kinds = values.Where(v => v is not null).Select(v => v switch
        {
            long => ColumnType.Integer,
            double => ColumnType.Real,
            string => ColumnType.Text,
            bool => ColumnType.Boolean,
            _ => ColumnType.Date,
        }).Distinct().ToArray();
        if (kinds.Length == 0) return ColumnType.Real;
        if (kinds.Length == 1) return kinds[0];
        if (kinds.All(k => k is ColumnType.Integer or ColumnType.Real))
        {
            for (var i = 0; i < values.Length; i++) if (values[i] is long l) values[i] = (double)l;
            return ColumnType.Real;
        }
        throw new TransformException($"the expression of '{column.Name}' gives values of different types ({string.Join(" and ", kinds.Select(TransformPipeline.TypeName))}); give every branch of if() the same type",
            spec with { Location = column.Location, KeyPath = column.KeyPath });
    }
}
