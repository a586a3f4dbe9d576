using HfReports.Engine.Build.Caching;

namespace HfReports.Engine.Build;

/// <summary>How to build: parameter overrides from the command line, a row limit for checks, and whether
/// failed expectations are errors (strict) or warnings.</summary>
/// <param name="RowLimit">Read at most this many rows of each query (a quick check); frames cut short skip their expectations.</param>
/// <param name="Cancellation">Stops the build (Ctrl-C): a running query is interrupted, no output is moved into place.</param>
public sealed record BuildOptions(IReadOnlyDictionary<string, object?> ParameterOverrides, int? RowLimit = null, bool Strict = false,
    CancellationToken Cancellation = default)
{
    public static BuildOptions Default { get; } = new(new Dictionary<string, object?>());

    /// <summary>Where frames and figure SVG are kept between builds; null builds everything from scratch.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Figures kept in memory between the builds of one process (watch mode).</summary>
    public FigureMemory? Figures { get; init; }

    /// <summary>How many queries and figures are computed at once (1 = serially). The outputs do not depend on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
