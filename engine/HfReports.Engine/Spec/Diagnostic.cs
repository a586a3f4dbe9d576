namespace HfReports.Engine.Spec;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>One problem found in a spec or its data, with where it is, the key path, and how to fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Message, SourceLocation? Location, string? KeyPath = null, string? Suggestion = null)
{
    public override string ToString()
    {
        var where = Location is null ? "" : $"{Location}: ";
        var key = string.IsNullOrEmpty(KeyPath) ? "" : $" [{KeyPath}]";
        var hint = Suggestion is null ? "" : $" ({Suggestion})";
        return $"{where}{Severity.ToString().ToLowerInvariant()}: {Message}{key}{hint}";
    }
}
