namespace HfReports.Tests.Spec;

/// <summary>One broken spec of the corpus and the exact diagnostic it must produce.</summary>
/// <param name="Files">Files besides the defaults: "report.yaml" (required) and optionally "reports.yaml" or included files.</param>
/// <param name="Check">Needs the data (a tiny snapshot): SQL errors, columns missing from frames.</param>
/// <param name="KeyPath">The diagnostic's key path, where the case is about it (else any non-empty one below a file's root).</param>
public sealed record BrokenSpecCase(string Name, IReadOnlyDictionary<string, string> Files, string Message, string File, int Line, int Column,
    bool Check = false, string Severity = "error", string? KeyPath = null)
{
    public override string ToString() => Name;
}
