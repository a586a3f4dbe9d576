namespace HfReports.Ingest.Import;

/// <summary>The input file or the target snapshot cannot be used (missing, unreadable, not a snapshot).</summary>
public sealed class ImportEnvironmentException(string message, Exception? inner = null) : Exception(message, inner);
