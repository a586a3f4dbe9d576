namespace HfReports.Engine.Spec;

/// <summary>One step of a data block's transform list, as written in the spec.</summary>
internal abstract record TransformSpec(SourceLocation Location, string KeyPath)
{
    /// <summary>The transform's name as written in YAML.</summary>
    public abstract string Name { get; }
}
