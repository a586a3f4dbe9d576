namespace HfReports.Ingest.Import;

/// <summary>
/// An export the import refuses as a whole (unknown header, empty file, wrong encoding,
/// rejected rows). Nothing is written when it is thrown; the CLI exits with "bad data".
/// </summary>
public sealed class ImportDataException(string message, IReadOnlyList<string>? details = null) : Exception(message)
{
    /// <summary>One line per problem (e.g. each rejected row), shown under the message.</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
