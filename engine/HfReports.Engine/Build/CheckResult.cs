using HfReports.Engine.Evaluation;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>What `check` found: every diagnostic, and the expectations it could evaluate on complete frames.</summary>
public sealed record CheckResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ExpectationResult> Expectations)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
