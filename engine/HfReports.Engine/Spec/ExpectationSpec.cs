namespace HfReports.Engine.Spec;

/// <summary>A check a data block declares on its frame (after the transforms), e.g. a number the paper publishes.</summary>
/// <param name="Label">The analyst's own words for the check, shown in reports of the results.</param>
internal abstract record ExpectationSpec(string? Label, SourceLocation Location, string KeyPath)
{
    /// <summary>Where the paper prints the number this checks ("Table 5", "Section 3.2", "Figure 6 text"): a published
    /// number. Null: a check of the snapshot itself (a count of this export, a sanity bound), never called the paper's.</summary>
    public string? Published { get; init; }

    /// <summary>The check in words, e.g. "models at row 0 equals 6710 ± 0.5".</summary>
    public abstract string Describe();
}

/// <summary>`row_count: 10` or `row_count: { min, max }`.</summary>
internal sealed record RowCountExpectation(long? Min, long? Max, string? Label, SourceLocation Location, string KeyPath)
    : ExpectationSpec(Label, Location, KeyPath)
{
    public string Expected => Min == Max ? $"{Min}" : Min is null ? $"at most {Max}" : Max is null ? $"at least {Min}" : $"{Min} to {Max}";
    public override string Describe() => $"row count is {Expected}";
}

/// <summary>`value: { column, row | where, equals [, tolerance] | min, max }`: one cell's value.</summary>
/// <param name="Row">0-based row index; when neither row nor where is given, the frame must have one row.</param>
/// <param name="Where">Column values that pick exactly one row.</param>
/// <param name="Tolerance">Allowed absolute difference from EqualTo (with a range: how far below Min and above Max a value
/// may lie; a relative tolerance is worked out per bound, see <see cref="Low"/> and <see cref="High"/>).</param>
internal sealed record ValueExpectation(string Column, int? Row, IReadOnlyDictionary<string, object?> Where, object? EqualTo, double Tolerance,
    double? Min, double? Max, string? Label, SourceLocation Location, string KeyPath) : ExpectationSpec(Label, Location, KeyPath)
{
    /// <summary>Set when the tolerance was written relative ("10%"): the percentage it came from, for the appendix.</summary>
    public double? RelativePercent { get; init; }

    /// <summary>`equals` as the spec writes it ("81.00"), so the appendix prints the published number with its decimals
    /// where the parsed number would drop them ("81"). Null: print <see cref="EqualTo"/>.</summary>
    public string? EqualToAsWritten { get; init; }

    private object? Written => EqualToAsWritten ?? EqualTo;

    /// <summary>The decimals `equals` is written with ("81.00": 2), so the snapshot's value is shown to the same
    /// precision beside it; null when written without a decimal point.</summary>
    public int? WrittenDecimals => EqualToAsWritten is { } text && text.IndexOf('.') is >= 0 and var dot
        && text.AsSpan(dot + 1).IndexOfAnyExcept("0123456789") < 0 ? text.Length - dot - 1 : null;

    public string Subject => Row is { } row ? $"{Column} at row {row}"
        : Where.Count > 0 ? $"{Column} where {string.Join(", ", Where.Select(w => $"{w.Key} = {w.Value ?? "null"}"))}"
        : Column;

    /// <summary>The lowest value that holds: Min less the tolerance (a relative one taken of Min itself).</summary>
    public double? Low => Min - Widening(Min);

    /// <summary>The highest value that holds: Max plus the tolerance (a relative one taken of Max itself).</summary>
    public double? High => Max + Widening(Max);

    private double Widening(double? bound) =>
        RelativePercent is { } percent && bound is { } b ? Math.Abs(b) * percent / 100 : Tolerance;

    private string Range => Min is null ? $"at most {Max}" : Max is null ? $"at least {Min}" : $"between {Min} and {Max}";

    public string Expected => Min is not null || Max is not null
        ? RelativePercent is { } widened ? $"{Range} (± {widened:0.##}%)" : Tolerance > 0 ? $"{Range} (± {Tolerance})" : Range
        : RelativePercent is { } percent ? $"{Written} ± {percent:0.##}%"
        : Tolerance > 0 ? $"{Written} ± {Tolerance}" : $"{Written ?? "null"}";

    public override string Describe() => $"{Subject} is {Expected}";
}

/// <summary>`unique: column` or `unique: [columns]`: no two rows share the value (combination).</summary>
internal sealed record UniqueExpectation(IReadOnlyList<string> Columns, string? Label, SourceLocation Location, string KeyPath)
    : ExpectationSpec(Label, Location, KeyPath)
{
    public override string Describe() => $"{string.Join(", ", Columns)} {(Columns.Count == 1 ? "is" : "are")} unique";
}

/// <summary>`not_null: column` or `not_null: [columns]`: no row lacks a value.</summary>
internal sealed record NotNullExpectation(IReadOnlyList<string> Columns, string? Label, SourceLocation Location, string KeyPath)
    : ExpectationSpec(Label, Location, KeyPath)
{
    public override string Describe() => $"{string.Join(", ", Columns)} {(Columns.Count == 1 ? "has" : "have")} no nulls";
}
