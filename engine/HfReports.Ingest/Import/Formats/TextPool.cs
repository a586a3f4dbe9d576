namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// Shares one string per distinct short value. Only values up to <see cref="MaxPooledLength"/>
/// characters and up to <see cref="MaxEntries"/> distinct values are pooled, so unique values
/// (model names, shas) do not fill it.
/// </summary>
internal sealed class TextPool
{
    public const int MaxPooledLength = 48;
    public const int MaxEntries = 4096;

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TextPool() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxPooledLength) return text.ToString();
        if (_lookup.TryGetValue(text, out var shared)) return shared;
        var value = text.ToString();
        if (_values.Count < MaxEntries) _values[value] = value;
        return value;
    }
}
