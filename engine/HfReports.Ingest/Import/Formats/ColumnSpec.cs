namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// A column a format knows. Header names are matched after <see cref="HeaderName.Squash"/>, so
/// 'math_lvl5', 'MATH Lvl 5' and 'math_lvl_5' are the same column; aliases cover renamings.
/// </summary>
public sealed record ColumnSpec(string Name, bool Required, params string[] Aliases)
{
    public IEnumerable<string> SquashedNames => Aliases.Prepend(Name).Select(HeaderName.Squash).Distinct();
}
