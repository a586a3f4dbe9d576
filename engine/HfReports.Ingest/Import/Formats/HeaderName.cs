namespace HfReports.Ingest.Import.Formats;

/// <summary>Header names are compared lower-case with only letters and digits ("Hub ❤️" → "hub").</summary>
internal static class HeaderName
{
    public static string Squash(string name) =>
        string.Concat(name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant));
}
