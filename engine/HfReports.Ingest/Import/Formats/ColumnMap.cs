namespace HfReports.Ingest.Import.Formats;

/// <summary>Where each column of a format sits in one file's header.</summary>
internal sealed class ColumnMap(IReadOnlyDictionary<string, Column> byName, int headerCount)
{
    /// <summary>Number of columns in the header; every data row must have as many.</summary>
    public int HeaderCount { get; } = headerCount;

    /// <summary>The column the format calls <paramref name="name"/>, or an absent column.</summary>
    public Column this[string name] => byName.TryGetValue(name, out var column) ? column : Column.Absent(name);
}
