using HfReports.Engine.Frames;
using HfReports.Engine.Query;

namespace HfReports.Engine.Evaluation;

/// <summary>
/// What the frames of one build may hold in all, whatever the number of blocks, reports and queries run at once: each
/// frame is bounded on its own (<see cref="Spec.SpecLimits.MaxFrameCells"/>, <see cref="Spec.SpecLimits.MaxFrameBytes"/>),
/// and a build of many such frames is bounded here. A query takes its rows from the allowance as it reads them
/// (<see cref="StartReading"/>), so queries running in parallel cannot pass it together; every frame a block keeps (from
/// its query, the cache or its transforms) is then charged once. Past either total the block fails with an error,
/// before the machine runs out of memory. Thread-safe: frames are evaluated in parallel.
/// </summary>
internal sealed class FrameAllowance
{
    /// <summary>Cells (rows x columns) of every frame of a build together: 8 bytes each, about 160 MB.</summary>
    public const long MaxCells = 20_000_000;

    /// <summary>Bytes of text and blobs of every frame of a build together (<see cref="ColumnValues.TextBytesOf"/>).</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    private long _cells;
    private long _bytes;

    /// <summary>Adds the frame to the build's totals; null when it fits, else the error to report.</summary>
    public string? Charge(Frame frame)
    {
        var cells = (long)frame.RowCount * frame.Columns.Count;
        var bytes = frame.Columns.Sum(c => c.Values.TextBytes());
        if (Add(cells, bytes, reading: false) is not { } exceeded) return null;
        // The block fails, so its frame is not kept: later frames may still use the room it would have taken.
        Interlocked.Add(ref _cells, -cells);
        Interlocked.Add(ref _bytes, -bytes);
        return exceeded;
    }

    /// <summary>What one query takes while it reads its rows, given back when disposed (its frame is then charged).</summary>
    public Reading StartReading() => new(this);

    private string? Add(long cells, long bytes, bool reading)
    {
        var whose = reading ? "the rows this query has read" : $"this one's {cells:N0}";
        var whoseText = reading ? "the rows this query has read" : $"this one's {Mebibytes(bytes)}";
        var totalCells = Interlocked.Add(ref _cells, cells);
        var totalBytes = Interlocked.Add(ref _bytes, bytes);
        if (totalCells > MaxCells)
            return $"the frames of this build would hold {totalCells:N0} cells (rows x columns) in all with {whose}, more than the {MaxCells:N0} "
                + "a build may hold; aggregate in SQL, or share one named frame between blocks";
        if (totalBytes > MaxBytes)
            return $"the frames of this build would hold {Mebibytes(totalBytes)} of text in all with {whoseText}, more than the "
                + $"{Mebibytes(MaxBytes)} a build may hold; select fewer or shorter text columns";
        return null;
    }

    /// <summary>Rounded up to a tenth, so a total just past the limit never reads as the limit itself.</summary>
    private static string Mebibytes(long bytes) =>
        $"{Math.Ceiling(bytes / (1024.0 * 1024) * 10) / 10:#,0.#} MiB";

    /// <summary>The rows one query has read so far, held in the build's totals.</summary>
    public sealed class Reading(FrameAllowance allowance) : IReadingAllowance, IDisposable
    {
        private long _cells;
        private long _bytes;

        public string? Take(long cells, long bytes)
        {
            _cells += cells;
            _bytes += bytes;
            return allowance.Add(cells, bytes, reading: true);
        }

        public void Dispose()
        {
            Interlocked.Add(ref allowance._cells, -_cells);
            Interlocked.Add(ref allowance._bytes, -_bytes);
            _cells = _bytes = 0;
        }
    }
}
