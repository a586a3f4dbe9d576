namespace HfReports.Engine.Build;

/// <summary>One frame, figure or table of a build and whether it was taken from the cache (reused) or computed (rebuilt).</summary>
public sealed record BlockStatus(string Report, string Kind, string Id, bool Reused);
