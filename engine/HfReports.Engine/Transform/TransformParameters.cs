using HfReports.Engine.Expressions;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>The report parameters a list of transforms reads, so the build cache keys on their values.</summary>
internal static class TransformParameters
{
    public static IEnumerable<string> Names(IEnumerable<TransformSpec> steps) => steps.SelectMany(step => step switch
    {
        FilterSpec filter => filter.Operands.OfType<ParameterReference>().Select(r => r.Name),
        MutateSpec mutate => mutate.Columns.SelectMany(c => ExpressionEvaluator.Names(c.Parsed)).OfType<ParameterNode>().Select(p => p.Name),
        _ => [],
    }).Distinct();
}
