namespace HfReports.Ingest.Import.Rules;

/// <summary>
/// Boolean columns. Exports write 'TRUE'/'FALSE' (any case; '1'/'0' accepted); empty is unknown.
/// The v1 export inverts `merged`, `flagged` and `moe` ('FALSE' means the model IS merged,
/// flagged, MoE; checked by hand on the website), so those go through <see cref="Inverted"/>; so do
/// the legacy v2 export's `flagged` and `moe` (same scraper, same inversion). v1 `available_on_the_hub`
/// and the flattened v2 booleans are as named; v2 `is_not_available_on_hub`
/// and legacy v2 `not_merged` are negations by name and are flipped to the schema's sense.
/// </summary>
internal static class BooleanRule
{
    public static bool? Parse(ReadOnlySpan<char> text)
    {
        var value = text.Trim();
        if (value.IsEmpty) return null;
        if (value.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || value is "1") return true;
        if (value.Equals("FALSE", StringComparison.OrdinalIgnoreCase) || value is "0") return false;
        throw new FormatException($"expected TRUE or FALSE, got '{value}'");
    }

    /// <summary>The v1 export's inverted columns: 'FALSE' means true.</summary>
    public static bool? Inverted(ReadOnlySpan<char> text) => Not(Parse(text));

    public static bool? Not(bool? value) => value is null ? null : !value.Value;
}
