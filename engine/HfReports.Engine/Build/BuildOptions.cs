namespace HfReports.Engine.Build;

/// <summary>How to build: parameter overrides from the command line, and a row limit for checks.</summary>
public sealed record BuildOptions(IReadOnlyDictionary<string, object?> ParameterOverrides, int? RowLimit = null)
{
    public static BuildOptions Default { get; } = new(new Dictionary<string, object?>());
}
