namespace HfReports.Engine.Build;

/// <summary>How to build: parameter overrides from the command line, a row limit for checks, and whether
/// failed expectations are errors (strict) or warnings.</summary>
/// <param name="RowLimit">Read at most this many rows of each query (a quick check); frames cut short skip their expectations.</param>
/// <param name="Cancellation">Stops the build (Ctrl-C): a running query is interrupted, no output is moved into place.</param>
public sealed record BuildOptions(IReadOnlyDictionary<string, object?> ParameterOverrides, int? RowLimit = null, bool Strict = false,
    CancellationToken Cancellation = default)
{
    public static BuildOptions Default { get; } = new(new Dictionary<string, object?>());
}
