namespace HfReports.Engine.Spec;

/// <summary>Collects every diagnostic of a pass, so one run reports all problems rather than the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.ToArray(); }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    public int ErrorCount
    {
        get { lock (_gate) return _items.Count(d => d.Severity == Severity.Error); }
    }

    internal void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    internal void Error(string message, SourceLocation? location, string? keyPath = null, string? suggestion = null) =>
        Add(new Diagnostic(Severity.Error, message, location, keyPath, suggestion));

    internal void Warning(string message, SourceLocation? location, string? keyPath = null, string? suggestion = null) =>
        Add(new Diagnostic(Severity.Warning, message, location, keyPath, suggestion));
}
