using HfReports.Engine.Frames;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Build;

/// <summary>
/// The CSV a build's HTML embeds as "Data (CSV)" download links, all reports together. A frame within the frame
/// allowance can hold hundreds of megabytes; its CSV (and the base64 of it in the page) would be the largest object
/// of the build. Each block's CSV is written only up to what is left, so the links cost at most this ceiling; a block
/// past it gets no link, and a warning says so.
/// </summary>
internal sealed class DataLinkAllowance
{
    /// <summary>Bytes of CSV the HTML of a build embeds in all.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly Lock _gate = new();
    private long _left = MaxBytes;

    /// <summary>The frame's CSV, charged to the allowance; null when it would pass what is left (nothing is charged).</summary>
    public byte[]? Take(Frame frame)
    {
        lock (_gate)
        {
            var csv = CsvWriter.Write(frame, _left);
            if (csv is not null) _left -= csv.Length;
            return csv;
        }
    }

    /// <summary>The warning for a block whose CSV did not fit.</summary>
    public string Refusal(string what) => _left == MaxBytes
        ? $"{what}: its data is more than the {MaxBytes / (1024 * 1024)} MiB of CSV a build's HTML embeds, so the page has no Data (CSV) link for it; select fewer or shorter columns"
        : $"{what}: its data is more than the {_left / (1024.0 * 1024):N1} MiB of CSV left of the {MaxBytes / (1024 * 1024)} MiB a build's HTML embeds, so the page has no Data (CSV) link for it; select fewer or shorter columns";
}
