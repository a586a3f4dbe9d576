using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace HfReports.Engine.Rendering.Pdf.Output;

/// <summary>
/// The objects of a PDF as SkiaSharp writes it (one classic xref table, no object streams), so
/// that a finishing pass can replace some objects, add others and write the file back with a
/// fresh xref table. Not a general PDF parser: it relies on the xref offsets being exact.
/// </summary>
internal sealed partial class PdfObjectFile
{
    private readonly byte[] _header;
    private readonly SortedDictionary<int, byte[]> _objects;
    private readonly string _trailer;

    private PdfObjectFile(byte[] header, SortedDictionary<int, byte[]> objects, string trailer)
    {
        _header = header;
        _objects = objects;
        _trailer = trailer;
    }

    public static Encoding Latin1 { get; } = Encoding.Latin1;

    public IEnumerable<int> Numbers => _objects.Keys;

    public static PdfObjectFile Parse(byte[] pdf)
    {
        var tail = Latin1.GetString(pdf, Math.Max(0, pdf.Length - 64), Math.Min(64, pdf.Length));
        var start = StartXref().Match(tail);
        if (!start.Success) throw new InvalidDataException("the PDF has no startxref");
        var xrefOffset = int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
        var xrefText = Latin1.GetString(pdf, xrefOffset, pdf.Length - xrefOffset);
        var trailerAt = xrefText.IndexOf("trailer", StringComparison.Ordinal);
        var trailerEnd = xrefText.IndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || trailerEnd < 0) throw new InvalidDataException("the PDF has no trailer");

        var offsets = new List<(int Number, int Offset)>();
        var number = 0;
        foreach (var line in xrefText[..trailerAt].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2) { number = int.Parse(parts[0], CultureInfo.InvariantCulture); continue; }
            if (parts.Length == 3 && parts[2] == "n") offsets.Add((number, int.Parse(parts[0], CultureInfo.InvariantCulture)));
            number++;
        }
        offsets.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        var objects = new SortedDictionary<int, byte[]>();
        for (var i = 0; i < offsets.Count; i++)
        {
            var (objectNumber, offset) = offsets[i];
            var end = i + 1 < offsets.Count ? offsets[i + 1].Offset : xrefOffset;
            var span = pdf.AsSpan(offset, end - offset);
            var open = Latin1.GetBytes($"{objectNumber} 0 obj");
            if (!span.StartsWith(open)) throw new InvalidDataException($"object {objectNumber} is not at its xref offset");
            var close = span.LastIndexOf("endobj"u8);
            objects[objectNumber] = span[open.Length..close].Trim("\r\n "u8).ToArray();
        }
        var firstOffset = offsets.Count == 0 ? xrefOffset : offsets[0].Offset;
        return new PdfObjectFile(pdf[..firstOffset], objects, xrefText[(trailerAt + "trailer".Length)..trailerEnd].Trim());
    }

    /// <summary>The object's text up to its stream data (the whole object when it has none).</summary>
    public string Dictionary(int number)
    {
        var body = _objects[number];
        var stream = body.AsSpan().IndexOf("stream\n"u8);
        return Latin1.GetString(stream < 0 ? body : body[..stream]);
    }

    /// <summary>The decoded data of a stream object (Flate or unfiltered).</summary>
    public byte[] StreamData(int number)
    {
        var body = _objects[number];
        var dictionary = Dictionary(number);
        var length = int.Parse(LengthEntry().Match(dictionary).Groups[1].Value, CultureInfo.InvariantCulture);
        var start = body.AsSpan().IndexOf("stream\n"u8) + "stream\n".Length;
        var raw = body.AsSpan(start, length).ToArray();
        if (!dictionary.Contains("/FlateDecode", StringComparison.Ordinal)) return raw;
        using var input = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public void SetObject(int number, string dictionary) => _objects[number] = Latin1.GetBytes(dictionary);

    /// <summary>Replaces an object by a Flate-compressed stream with the given extra dictionary entries.</summary>
    public void SetStream(int number, byte[] data, string extraEntries)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(data);
        var head = Latin1.GetBytes($"<<{extraEntries} /Filter /FlateDecode /Length {compressed.Length}>> stream\n");
        _objects[number] = [.. head, .. compressed.ToArray(), .. "\nendstream"u8];
    }

    public int Add(string dictionary)
    {
        var number = _objects.Count == 0 ? 1 : _objects.Keys.Max() + 1;
        SetObject(number, dictionary);
        return number;
    }

    public byte[] ToBytes()
    {
        using var output = new MemoryStream();
        output.Write(_header);
        var size = _objects.Keys.Max() + 1;
        var offsets = new long[size];
        foreach (var (number, body) in _objects)
        {
            offsets[number] = output.Position;
            output.Write(Latin1.GetBytes($"{number} 0 obj\n"));
            output.Write(body);
            output.Write("\nendobj\n"u8);
        }
        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
            table.Append(_objects.ContainsKey(n) ? $"{offsets[n]:D10} 00000 n \n" : "0000000000 65535 f \n");
        var trailer = SizeEntry().Replace(_trailer, $"/Size {size}");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Length\s+(\d+)")]
    private static partial Regex LengthEntry();

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex SizeEntry();
}
