namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// Picks the format from the header alone. The candidate is the known format that places the
/// most header columns; it is accepted only when it places every column and finds all the
/// columns it requires. Otherwise the error names the columns that could not be placed.
/// </summary>
internal static class FormatDetector
{
    public sealed record Detection(ExportFormat Format, ColumnMap Columns);

    public static Detection Detect(IReadOnlyList<string> header, string fileName)
    {
        var squashed = header.Select(HeaderName.Squash).ToArray();
        var best = ExportFormat.Known
            .Select(format => Place(format, header, squashed))
            .OrderByDescending(placement => placement.PlacedCount)
            .First();

        if (best.Unplaced.Count == 0 && best.MissingRequired.Count == 0)
            return new Detection(best.Format, new ColumnMap(best.ByName, header.Count));

        var problems = new List<string>();
        if (best.Unplaced.Count > 0)
            problems.Add("could not place column" + (best.Unplaced.Count == 1 ? " " : "s ") + Quote(best.Unplaced));
        if (best.PlacedCount == 0)
            problems.Add("expected a v1, v2 or legacy v2 leaderboard header");
        else if (best.MissingRequired.Count > 0)
            problems.Add($"closest format {best.Format.Name} is missing " + Quote(best.MissingRequired));
        else
            problems.Add($"closest format is {best.Format.Name}");
        throw new ImportDataException($"{fileName}:1: unknown header: {string.Join("; ", problems)}");
    }

    private sealed record Placement(ExportFormat Format, Dictionary<string, Column> ByName, List<string> Unplaced, List<string> MissingRequired)
    {
        public int PlacedCount => ByName.Count;
    }

    private static Placement Place(ExportFormat format, IReadOnlyList<string> header, string[] squashed)
    {
        var specBySquashed = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var spec in format.Columns)
            foreach (var name in spec.SquashedNames)
                specBySquashed[name] = spec;

        var byName = new Dictionary<string, Column>(StringComparer.Ordinal);
        var unplaced = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            // A column the format does not know, or a second column for the same field, cannot be placed.
            if (specBySquashed.TryGetValue(squashed[i], out var spec) && byName.TryAdd(spec.Name, new Column(i, header[i])))
                continue;
            unplaced.Add(header[i]);
        }
        var missing = format.Columns.Where(spec => spec.Required && !byName.ContainsKey(spec.Name)).Select(spec => spec.Name).ToList();
        return new Placement(format, byName, unplaced, missing);
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"'{name}'"));
}
