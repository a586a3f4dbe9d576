namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// Optional columns an export lacks that the reports read: one warning per lost use, naming the
/// column(s) that would have fed it. A use fed by several columns (legacy v2 `not_merged` or
/// `merged`) is lost only when none of them is there.
/// </summary>
internal static class MissingColumns
{
    public static IReadOnlyList<string> Warnings(ExportFormat format, ColumnMap columns, string fileName) =>
        format.Columns
            .Where(spec => spec.Feeds is not null)
            .GroupBy(spec => spec.Feeds!)
            .Where(use => use.All(spec => !columns[spec.Name].IsPresent))
            .Select(use => $"{fileName}:1: no {string.Join(" or ", use.Select(spec => $"'{spec.Name}'"))} column: {use.Key}")
            .ToList();
}
