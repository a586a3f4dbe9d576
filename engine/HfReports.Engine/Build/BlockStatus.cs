namespace HfReports.Engine.Build;

/// <summary>One frame, figure or table of a build, whether it was taken from the cache (reused) or computed (rebuilt),
/// and how long this build spent computing it (query and transforms, plus drawing for a figure; zero when reused).
/// Blocks are prepared several at once, so the times overlap.</summary>
public sealed record BlockStatus(string Report, string Kind, string Id, bool Reused, TimeSpan Elapsed = default);
