using System.Text;
using HfReports.Ingest.Import.Formats;
using nietras.SeparatedValues;

namespace HfReports.Ingest.Import;

/// <summary>
/// One leaderboard export opened for streaming: the header is read and the format detected on
/// open; <see cref="ReadEntries"/> then maps row after row without holding the file in memory.
/// The text must be UTF-8 (a BOM is allowed); anything else is refused rather than guessed.
/// </summary>
internal sealed class ExportFile : IDisposable
{
    /// <summary>How many row problems are kept for the message; the rest are only counted.</summary>
    public const int MaxReportedProblems = 20;

    private const int ProgressEveryRows = 4096;

    private readonly string _path;
    private readonly FileStream _stream;
    private readonly SepReader _reader;
    private readonly IEntryReader _entries;
    private readonly int _headerCount;

    public string Name { get; }
    public ExportFormat Format { get; }
    public long Length { get; }

    /// <summary>Where the format's columns sit in this file's header.</summary>
    public ColumnMap Columns { get; }

    /// <summary>Optional columns this file lacks that the reports read, each naming what it disables.</summary>
    public IReadOnlyList<string> Warnings { get; }

    private ExportFile(string path, string name)
    {
        Name = name;
        _path = path;
        _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        Length = _stream.Length;
        try
        {
            if (Length == 0) throw new ImportDataException($"{name}: the file is empty");
            var text = new StreamReader(_stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            _reader = Guard(0, () => Sep.Reader(options => options with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).From(text));
            var header = _reader.Header.ColNames;
            if (header.Count == 0 || header.All(string.IsNullOrWhiteSpace))
                throw new ImportDataException($"{name}:1: the header is empty");
            var detection = FormatDetector.Detect(header, name);
            Format = detection.Format;
            Columns = detection.Columns;
            Warnings = MissingColumns.Warnings(Format, Columns, name);
            _headerCount = detection.Columns.HeaderCount;
            _entries = detection.Format.CreateReader(detection.Columns);
        }
        catch
        {
            _stream.Dispose();
            throw;
        }
    }

    /// <exception cref="ImportDataException">The file is empty, not UTF-8, or its header is unknown.</exception>
    public static ExportFile Open(string path, string name) => new(path, name);

    /// <summary>
    /// Hands every good entry to <paramref name="accept"/>. A bad row is counted and described;
    /// the caller decides whether bad rows fail the import.
    /// </summary>
    public ExportReadResult ReadEntries(Action<LeaderboardEntry> accept, Action<long>? bytesRead = null)
    {
        var pool = new TextPool();
        var problems = new List<string>();
        int rowsRead = 0, rowsBad = 0, lastLine = 1;
        string? newestSubmission = null;

        Guard(lastLine, () =>
        {
            foreach (var row in _reader)
            {
                rowsRead++;
                lastLine = row.LineNumberFrom;
                // Before any column is read: reading one unquotes it in place, and this needs the row as written.
                if (UnclosedQuote.Find(row.Span) is { } opening)
                    throw new ImportDataException(UnclosedQuote.Describe(Name, lastLine, opening, rowsRead - 1));
                try
                {
                    if (row.ColCount != _headerCount)
                        throw new BadRowException(lastLine, null,
                            $"expected {_headerCount} columns, got {row.ColCount} (truncated or broken row)");
                    var cursor = new RowCursor(row, lastLine, pool);
                    var entry = _entries.Read(ref cursor);
                    if (entry.SubmittedAt is { } submitted && string.CompareOrdinal(submitted, newestSubmission) > 0)
                        newestSubmission = submitted;
                    accept(entry);
                }
                catch (BadRowException bad)
                {
                    rowsBad++;
                    if (problems.Count < MaxReportedProblems) problems.Add(bad.Describe(Name));
                }
                if (bytesRead is not null && rowsRead % ProgressEveryRows == 0) bytesRead(_stream.Position);
            }
            return 0;
        }, () => lastLine);

        bytesRead?.Invoke(Length);
        if (rowsRead == 0) throw new ImportDataException($"{Name}: no data rows after the header");
        return new ExportReadResult(rowsRead, rowsBad, problems, newestSubmission?[..10]);
    }

    /// <summary>Turns decoding and CSV structure failures into a message that names the file and line.</summary>
    private T Guard<T>(int line, Func<T> read, Func<int>? currentLine = null)
    {
        try { return read(); }
        catch (DecoderFallbackException)
        {
            // The decoder works a buffer ahead of the rows, so its failure does not say where: find the place.
            using var again = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var finding = InvalidUtf8.Find(again);
            throw new ImportDataException(finding is null ? $"{Name}: not valid UTF-8 text" : InvalidUtf8.Describe(Name, finding));
        }
        catch (InvalidDataException problem)
        {
            var after = currentLine?.Invoke() ?? line;
            throw new ImportDataException($"{Name}:{after + 1}: malformed CSV ({problem.Message}); is the file truncated?");
        }
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _stream.Dispose();
    }
}

/// <summary>What reading one export found: rows read, rows rejected (with the first descriptions), newest submission date.</summary>
internal sealed record ExportReadResult(int RowsRead, int RowsBad, IReadOnlyList<string> Problems, string? NewestSubmissionDate);
