using HfReports.Engine.Frames;

namespace HfReports.Engine.Evaluation;

/// <summary>
/// What the frames of one build may hold in all, whatever the number of blocks and reports: each frame is bounded
/// on its own (<see cref="Spec.SpecLimits.MaxFrameCells"/>, <see cref="Spec.SpecLimits.MaxFrameBytes"/>), and a build
/// of many such frames is bounded here. Every frame a block keeps (from its query, the cache or its transforms) is
/// charged once; past either total the block fails with an error, before the machine runs out of memory.
/// Thread-safe: frames are evaluated in parallel.
/// </summary>
public sealed class FrameAllowance
{
    /// <summary>Cells (rows x columns) of every frame of a build together.</summary>
    public const long MaxCells = 40_000_000;

    /// <summary>Bytes of text and blobs of every frame of a build together.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    private long _cells;
    private long _bytes;

    /// <summary>Adds the frame to the build's totals; null when it fits, else the error to report.</summary>
    public string? Charge(Frame frame)
    {
        var cells = (long)frame.RowCount * frame.Columns.Count;
        var bytes = frame.Columns.Sum(c => c.Values.TextBytes());
        var totalCells = Interlocked.Add(ref _cells, cells);
        var totalBytes = Interlocked.Add(ref _bytes, bytes);
        if (totalCells > MaxCells)
            return $"the frames of this build would hold {totalCells:N0} cells (rows x columns) in all with this one's {cells:N0}, more than the {MaxCells:N0} "
                + "a build may hold; aggregate in SQL, or share one named frame between blocks";
        if (totalBytes > MaxBytes)
            return $"the frames of this build would hold {totalBytes / (1024.0 * 1024):N0} MiB of text in all with this one's {bytes / (1024.0 * 1024):N0} MiB, more than the "
                + $"{MaxBytes / (1024 * 1024):N0} MiB a build may hold; select fewer or shorter text columns";
        return null;
    }
}
