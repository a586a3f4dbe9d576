namespace HfReports.Engine.Spec;

/// <summary>The transforms a data block may list, each with the reader of its arguments, in the order the reader
/// lists them when a spec names another. The transform catalog hands them in.</summary>
internal sealed class TransformReaders(IEnumerable<(string Name, Func<MappingReaderFactory, TransformSpec?> Read)> transforms)
{
    private readonly Dictionary<string, Func<MappingReaderFactory, TransformSpec?>> _readers =
        transforms.ToDictionary(t => t.Name, t => t.Read, StringComparer.Ordinal);

    public IReadOnlyList<string> Names => _readers.Keys.ToArray();

    public bool TryFind(string name, out Func<MappingReaderFactory, TransformSpec?> read) => _readers.TryGetValue(name, out read!);
}
