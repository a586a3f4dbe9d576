using HfReports.Engine.Build.Caching;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>How to build: parameter overrides from the command line, a row limit for checks, and whether
/// failed expectations are errors (strict) or warnings.</summary>
/// <param name="RowLimit">Read at most this many rows of each query (a quick check); frames cut short skip their expectations.</param>
/// <param name="Cancellation">Stops the build (Ctrl-C): a running query is interrupted, no output is moved into place.</param>
public sealed record BuildOptions(IReadOnlyDictionary<string, object?> ParameterOverrides, int? RowLimit = null, bool Strict = false,
    CancellationToken Cancellation = default)
{
    public static BuildOptions Default { get; } = new(new Dictionary<string, object?>());

    /// <summary>The SOURCE_DATE_EPOCH the caller was given (seconds since 1970), which fixes the documents' build date
    /// instead of the snapshot's; the engine reads no environment variable itself.</summary>
    public string? SourceDateEpoch { get; init; }

    /// <summary>Where frames and figure SVG are kept between builds; null builds everything from scratch.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Figures kept in memory between the builds of one process (watch mode).</summary>
    public FigureMemory? Figures { get; init; }

    /// <summary>How many queries and figures are computed at once (1 = serially). The outputs do not depend on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Strict builds on the synthetic demo snapshot are allowed (its numbers cannot match the published ones,
    /// so a strict build on it would otherwise stop: a publishing pipeline must not pass on made-up data).</summary>
    public bool AllowDemo { get; init; }

    /// <summary>The error of a strict build on the synthetic demo snapshot without <see cref="AllowDemo"/>; null when the build may go on.</summary>
    internal Diagnostic? RefuseDemo(SnapshotIdentity snapshot, string snapshotPath) => Strict && snapshot.Synthetic && !AllowDemo
        ? new Diagnostic(Severity.Error,
            $"--strict checks the published numbers, but the snapshot {Path.GetFileName(snapshotPath)} is the synthetic demo, on which they cannot hold; nothing was built",
            null, "snapshot", "import the real export (hfreports snapshot import FILE) and build on it, or add --allow-demo to build the demo strictly anyway")
        : null;
}
