using System.Buffers;
using System.Text;

namespace HfReports.Ingest.Import;

/// <summary>
/// Where a file stops being UTF-8. The decoder that reads the export fails a whole buffer ahead of
/// the rows it has handed out, so on failure the file is scanned again, byte by byte, for the
/// first invalid sequence: its line, its byte column, and how many such places the file has
/// (one stray byte is a typo to fix; many mean the file is in another encoding).
/// </summary>
internal static class InvalidUtf8
{
    /// <param name="Line">1-based line of the first invalid sequence.</param>
    /// <param name="ByteColumn">1-based byte offset of that sequence in its line.</param>
    /// <param name="Bytes">The invalid sequence (at most 3 bytes).</param>
    /// <param name="Places">How many invalid sequences the file has.</param>
    public sealed record Finding(long Line, long ByteColumn, byte[] Bytes, long Places);

    private const int ChunkSize = 1 << 16;

    /// <returns>Null when the whole file is valid UTF-8.</returns>
    public static Finding? Find(Stream stream)
    {
        var buffer = new byte[ChunkSize + 4];
        long line = 1, column = 1, places = 0;
        Finding? first = null;
        var carried = 0;
        while (true)
        {
            var read = stream.Read(buffer, carried, ChunkSize);
            var end = carried + read;
            var final = read == 0;
            var i = 0;
            while (i < end)
            {
                var b = buffer[i];
                if (b < 0x80)
                {
                    if (b == (byte)'\n') (line, column) = (line + 1, 1);
                    else column++;
                    i++;
                    continue;
                }
                var status = Rune.DecodeFromUtf8(buffer.AsSpan(i, end - i), out _, out var consumed);
                if (status == OperationStatus.NeedMoreData && !final) break; // the rest of the sequence is in the next chunk
                if (status != OperationStatus.Done)
                {
                    places++;
                    first ??= new Finding(line, column, buffer[i..(i + consumed)], 0);
                }
                column += consumed;
                i += consumed;
            }
            carried = end - i;
            Array.Copy(buffer, i, buffer, 0, carried);
            if (final) break;
        }
        return first is null ? null : first with { Places = places };
    }

    /// <summary>`file:line:column: not valid UTF-8 ...`, with the advice that fits one stray sequence or many.</summary>
    public static string Describe(string fileName, Finding finding)
    {
        var bytes = string.Join(" ", finding.Bytes.Select(b => $"0x{b:X2}"));
        var where = $"{fileName}:{finding.Line}:{finding.ByteColumn}: not valid UTF-8 (byte{(finding.Bytes.Length == 1 ? "" : "s")} {bytes}";
        if (finding.Places == 1)
        {
            var latin1 = finding.Bytes is [>= 0xA0 and var single] ? $", '{(char)single}' in Latin-1" : "";
            return $"{where}{latin1}); it is the only such place, the rest of the file is UTF-8: correct the character at that line and byte column";
        }
        return $"{where}), the first of {finding.Places:N0} such places; the file seems to be in another encoding " +
               "(Windows-1252 or Latin-1?): convert it to UTF-8";
    }
}
