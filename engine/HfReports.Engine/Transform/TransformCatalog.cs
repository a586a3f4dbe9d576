using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>
/// The only list of transforms: the spec reader reads steps with their readers (handed in as
/// <see cref="TransformReaders"/>), <see cref="TransformPipeline"/> applies them, the tests compare the names with the
/// JSON Schema. Adding a transform is its spec record (with its reader), its implementation and one line here.
/// </summary>
internal static class TransformCatalog
{
    public static readonly IReadOnlyList<TransformDefinition> All =
    [
        TransformDefinition.Of<BucketSpec>("bucket", BucketSpec.Read, (frame, step, _) => Bucket.Apply(frame, step)),
        TransformDefinition.Of<LumpSpec>("lump", LumpSpec.Read, (frame, step, _) => Lump.Apply(frame, step)),
        TransformDefinition.Of<CountSpec>("count", CountSpec.Read, (frame, step, _) => Count.Apply(frame, step)),
        .. AggregateSpec.Functions.Select(function => TransformDefinition.Of<AggregateSpec>(
            SpecWords.Word(function), AggregateSpec.ReaderFor(function), (frame, step, _) => Aggregate.Apply(frame, step))),
        TransformDefinition.Of<SummarizeSpec>("summarize", SummarizeSpec.Read, (frame, step, _) => Summarize.Apply(frame, step)),
        TransformDefinition.Of<MutateSpec>("mutate", MutateSpec.Read, Mutate.Apply),
        TransformDefinition.Of<CumulativeSpec>("cumulative", CumulativeSpec.Read, (frame, step, _) => Cumulative.Apply(frame, step)),
        TransformDefinition.Of<PercentSpec>("percent", PercentSpec.Read, (frame, step, _) => Percent.Apply(frame, step)),
        TransformDefinition.Of<CompleteSpec>("complete", CompleteSpec.Read, (frame, step, _) => Complete.Apply(frame, step)),
        TransformDefinition.Of<PivotSpec>("pivot", PivotSpec.Read, (frame, step, _) => Pivot.Apply(frame, step)),
        TransformDefinition.Of<TopSpec>("top", TopSpec.Read, (frame, step, _) => Top.Apply(frame, step)),
        TransformDefinition.Of<SortSpec>("sort", SortSpec.Read, (frame, step, _) => Sort.Apply(frame, step)),
        TransformDefinition.Of<FilterSpec>("filter", FilterSpec.Read, Filter.Apply),
        TransformDefinition.Of<RenameSpec>("rename", RenameSpec.Read, (frame, step, _) => Rename.Apply(frame, step)),
        TransformDefinition.Of<SelectSpec>("select", SelectSpec.Read, (frame, step, _) => Select.Apply(frame, step)),
    ];

    /// <summary>The definition that applies each spec record (the aggregates share one record and one apply).</summary>
    private static readonly Dictionary<Type, TransformDefinition> ByStep =
        All.GroupBy(t => t.Step).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Every transform's reader, in catalog order (the order the reader lists names in).</summary>
    public static readonly TransformReaders Readers = new(All.Select(t => (t.Name, t.Read)));

    /// <summary>Applies a step with the definition whose reader made it (every spec record has one: TransformCatalogTests).</summary>
    public static Frame Apply(Frame frame, TransformSpec step, IReadOnlyDictionary<string, object?> parameters) =>
        ByStep.TryGetValue(step.GetType(), out var definition)
            ? definition.Apply(frame, step, parameters)
            : throw new TransformException($"the '{step.Name}' transform has no implementation", step);
}
