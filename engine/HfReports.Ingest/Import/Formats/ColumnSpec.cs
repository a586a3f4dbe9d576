namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// A column a format knows. Header names are matched after <see cref="HeaderName.Squash"/>, so
/// 'math_lvl5', 'MATH Lvl 5' and 'math_lvl_5' are the same column; aliases cover renamings.
/// </summary>
internal sealed record ColumnSpec(string Name, bool Required, params string[] Aliases)
{
    /// <summary>
    /// For an optional column: what the shipped reports lose when an export has no column feeding
    /// it (one of <see cref="ReportUses"/>); the import warns. Null for columns no report reads.
    /// </summary>
    public string? Feeds { get; init; }

    public IEnumerable<string> SquashedNames => Aliases.Prepend(Name).Select(HeaderName.Squash).Distinct();
}
