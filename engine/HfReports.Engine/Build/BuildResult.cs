using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>What a build produced and everything it found wrong.</summary>
public sealed record BuildResult(IReadOnlyList<string> Outputs, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
