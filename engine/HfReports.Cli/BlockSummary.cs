using HfReports.Engine.Build;

namespace HfReports.Cli;

/// <summary>One line saying which frames, figures and tables a build took from the cache and which it computed.</summary>
public static class BlockSummary
{
    /// <param name="all">List every rebuilt block (--verbose); otherwise name at most a few.</param>
    public static string? Line(IReadOnlyList<BlockStatus> blocks, bool all = false)
    {
        if (blocks.Count == 0) return null;
        var rebuilt = blocks.Where(b => !b.Reused).Select(b => $"{b.Kind} {b.Id}").ToArray();
        var reused = blocks.Count - rebuilt.Length;
        if (rebuilt.Length == 0) return $"cache: all {blocks.Count} frames, figures and tables reused";
        const int shown = 4;
        var names = all || rebuilt.Length <= shown ? string.Join(", ", rebuilt) : $"{string.Join(", ", rebuilt.Take(shown))} and {rebuilt.Length - shown} more";
        return $"cache: {reused} reused, {rebuilt.Length} rebuilt ({names})";
    }

    /// <summary>--verbose: the blocks this build spent longest on (several are computed at once, so times overlap).</summary>
    public static string? Slowest(IReadOnlyList<BlockStatus> blocks, int count = 6)
    {
        var slowest = blocks.Where(b => b.Elapsed > TimeSpan.Zero).OrderByDescending(b => b.Elapsed).Take(count)
            .Select(b => $"{b.Kind} {b.Id} {b.Elapsed.TotalSeconds:0.00} s").ToArray();
        return slowest.Length == 0 ? null : $"slowest: {string.Join(", ", slowest)}";
    }
}
