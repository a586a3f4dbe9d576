namespace HfReports.Ingest.Import;

/// <summary>
/// A value in one row that the import cannot accept. The message names the column and the
/// offending text; <see cref="Describe"/> adds the file and line in the usual
/// `file.csv:123: column 'average': expected a number, got 'abc'` form.
/// </summary>
internal sealed class BadRowException(int line, string? column, string problem) : Exception(problem)
{
    public int Line { get; } = line;
    public string? Column { get; } = column;

    public string Describe(string fileName) =>
        Column is null ? $"{fileName}:{Line}: {Message}" : $"{fileName}:{Line}: column '{Column}': {Message}";
}
