namespace HfReports.Engine.Spec;

/// <summary>Reads one transform step: a mapping with a single key, the transform's name, whose value holds its arguments.</summary>
internal static class TransformReader
{
    /// <param name="transforms">The transforms of the DSL (the transform catalog's, handed in).</param>
    public static TransformSpec? Read(SpecNode node, DiagnosticBag diagnostics, TransformReaders transforms)
    {
        var names = transforms.Names;
        if (!node.IsMapping || node.Entries().Count() != 1)
        {
            diagnostics.Error($"a transform step is a mapping with one key, the transform's name ({string.Join(", ", names)}); found {node.KindName}",
                node.Location, node.KeyPath);
            return null;
        }
        var (name, keyNode, value) = node.Entries().Single();
        if (!transforms.TryFind(name, out var read))
        {
            diagnostics.Error($"unknown transform '{name}'", keyNode.Location, keyNode.KeyPath,
                Suggestions.DidYouMean(name, names) ?? $"expected one of: {string.Join(", ", names)}");
            return null;
        }
        return read(new MappingReaderFactory(value, diagnostics, $"the '{name}' transform"));
    }
}

/// <summary>Lets a transform's reader open its argument mapping with the keys it knows.</summary>
internal sealed record MappingReaderFactory(SpecNode Node, DiagnosticBag Diagnostics, string What)
{
    public MappingReader Open(params string[] knownKeys) => new(Node, Diagnostics, What, knownKeys);
}
