using HfReports.Engine.Spec;

namespace HfReports.Engine.Evaluation;

/// <summary>The outcome of one declared expectation: what was checked, what was expected and what the data gave.
/// A reproduction appendix lists these; a failed one is also a diagnostic.</summary>
/// <param name="Description">The analyst's label, or the check in words ("models at row 0 is 6710 ± 0.5").</param>
public sealed record ExpectationResult(
    string Description,
    string Expected,
    string Actual,
    bool Passed,
    SourceLocation Location,
    string KeyPath)
{
    /// <summary>The expectation in numbers, for machines: null where it is not numeric (unique, no nulls, text values).</summary>
    internal ExpectedNumbers? Numbers { get; init; }

    /// <summary>Where the paper prints the number ("Table 5"); null for a check of the snapshot itself.</summary>
    public string? Published { get; init; }

    /// <summary>The decimals the spec wrote the expected number with ("81.00": 2); the appendix shows the snapshot's
    /// value to the same precision. Null: not written with decimals.</summary>
    internal int? Decimals { get; init; }
}

/// <summary>An expectation's numbers: an exact value (with its tolerance) or a range, and what the data gave.</summary>
internal sealed record ExpectedNumbers(double? Value, double? Tolerance, double? Minimum, double? Maximum, double? Actual);
