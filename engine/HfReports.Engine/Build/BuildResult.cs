using HfReports.Engine.Evaluation;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>What a build produced, everything it found wrong, and the outcome of every declared expectation.</summary>
public sealed record BuildResult(IReadOnlyList<string> Outputs, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ExpectationResult> Expectations)
{
    /// <summary>Every frame, figure and table of the build and whether it was reused from the cache.</summary>
    public IReadOnlyList<BlockStatus> Blocks { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The snapshot is synthetic demo data, on which published numbers are not expected to hold.</summary>
    public bool Synthetic { get; init; }

    /// <summary>Reports of the manifest not built because they serve another leaderboard generation, each with why.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];
}
