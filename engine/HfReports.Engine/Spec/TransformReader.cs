using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Spec;

/// <summary>Reads one transform step: a mapping with a single key, the transform's name, whose value holds its arguments.</summary>
public static class TransformReader
{
    /// <summary>Every transform of the DSL by name, with the reader of its arguments.</summary>
    private static readonly Dictionary<string, Func<MappingReaderFactory, TransformSpec?>> Readers = new(StringComparer.Ordinal)
    {
        ["bucket"] = BucketSpec.Read,
        ["lump"] = LumpSpec.Read,
        ["count"] = CountSpec.Read,
        ["sum"] = AggregateSpec.ReaderFor("sum"),
        ["mean"] = AggregateSpec.ReaderFor("mean"),
        ["median"] = AggregateSpec.ReaderFor("median"),
        ["quantile"] = AggregateSpec.ReaderFor("quantile"),
        ["sd"] = AggregateSpec.ReaderFor("sd"),
        ["min"] = AggregateSpec.ReaderFor("min"),
        ["max"] = AggregateSpec.ReaderFor("max"),
        ["summarize"] = SummarizeSpec.Read,
        ["mutate"] = MutateSpec.Read,
        ["cumulative"] = CumulativeSpec.Read,
        ["percent"] = PercentSpec.Read,
        ["complete"] = CompleteSpec.Read,
        ["pivot"] = PivotSpec.Read,
        ["top"] = TopSpec.Read,
        ["sort"] = SortSpec.Read,
        ["filter"] = FilterSpec.Read,
        ["rename"] = RenameSpec.Read,
        ["select"] = SelectSpec.Read,
    };

    public static IReadOnlyCollection<string> Names => Readers.Keys;

    public static TransformSpec? Read(SpecNode node, DiagnosticBag diagnostics)
    {
        if (!node.IsMapping || node.Entries().Count() != 1)
        {
            diagnostics.Error($"a transform step is a mapping with one key, the transform's name ({string.Join(", ", Names)}); found {node.KindName}",
                node.Location, node.KeyPath);
            return null;
        }
        var (name, keyNode, value) = node.Entries().Single();
        if (!Readers.TryGetValue(name, out var read))
        {
            diagnostics.Error($"unknown transform '{name}'", keyNode.Location, keyNode.KeyPath,
                Suggestions.DidYouMean(name, Names) ?? $"expected one of: {string.Join(", ", Names)}");
            return null;
        }
        return read(new MappingReaderFactory(value, diagnostics, $"the '{name}' transform"));
    }
}

/// <summary>Lets a transform's reader open its argument mapping with the keys it knows.</summary>
public sealed record MappingReaderFactory(SpecNode Node, DiagnosticBag Diagnostics, string What)
{
    public MappingReader Open(params string[] knownKeys) => new(Node, Diagnostics, What, knownKeys);
}
