namespace HfReports.Engine.Spec.Transforms;

/// <summary>`rename: { old_name: new_name, ... }`: renames columns; the others stay as they are.</summary>
internal sealed record RenameSpec(IReadOnlyList<(string From, string To)> Names, SourceLocation Location, string KeyPath) : TransformSpec(Location, KeyPath)
{
    public override string Name => "rename";

    public static RenameSpec? Read(MappingReaderFactory factory)
    {
        if (!factory.Node.IsMapping)
        {
            factory.Diagnostics.Error($"the 'rename' transform maps old column names to new ones, found {factory.Node.KindName}",
                factory.Node.Location, factory.Node.KeyPath, "for example: rename: { arch_group: architecture }");
            return null;
        }
        var names = new List<(string, string)>();
        foreach (var (from, _, to) in factory.Node.Entries())
        {
            if (to.IsScalar && !to.IsNull) names.Add((from, to.Text));
            else factory.Diagnostics.Error($"the new name of '{from}' must be a text value, found {to.KindName}", to.Location, to.KeyPath);
        }
        return new RenameSpec(names, factory.Node.Location, factory.Node.KeyPath);
    }
}
