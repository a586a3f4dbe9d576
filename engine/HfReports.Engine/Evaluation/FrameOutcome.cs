using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Evaluation;

/// <summary>What computing one data block gave: the frame (null when it failed), the errors to report when the
/// block is evaluated, its cache key (null when nothing is cached), whether it came from the cache and how long
/// computing it took (for --verbose).</summary>
internal sealed record FrameOutcome(Frame? Frame, bool Truncated, IReadOnlyList<Diagnostic> Diagnostics, string? Key, bool Reused,
    TimeSpan Elapsed = default)
{
    public static FrameOutcome Failed(DiagnosticBag problems) => new(null, false, problems.Items, null, false);

    public static FrameOutcome FromStore(Frame frame, bool truncated, string key) => new(frame, truncated, [], key, true);
}
