using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>The outcome of one declared expectation: what was checked, what was expected and what the data gave.
/// A reproduction appendix lists these; a failed one is also a diagnostic.</summary>
/// <param name="Description">The analyst's label, or the check in words ("models at row 0 is 6710 ± 0.5").</param>
public sealed record ExpectationResult(
    string Description,
    string Expected,
    string Actual,
    bool Passed,
    SourceLocation Location,
    string KeyPath);
