using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Makes every combination of the key columns present: a date key with 'every' spans its whole range
/// period by period, a key with listed 'values' takes those too, any other key the values it has (null included,
/// like any category). Missing combinations become new rows whose other columns take the fill values (or null).
/// Rows come out sorted by the keys.</summary>
internal static class Complete
{
    public static Frame Apply(Frame frame, CompleteSpec spec)
    {
        var keys = spec.Columns.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        foreach (var name in spec.Fill.Keys) TransformPipeline.Column(frame, name, spec);
        var fill = frame.Columns.ToDictionary(c => c.Name, c => FillValue(c, spec));

        // Checked before a domain is listed: a date key's periods are counted first (day by day from year 1 to 9999
        // is 3.65 million), then, before a row is made, the combinations (they multiply: 61 rows can ask for 222 million).
        var fewest = keys.Aggregate(1.0, (product, key) => product * FewestValues(key, spec));
        if (fewest * frame.Columns.Count > SpecLimits.MaxFrameCells)
            throw new TransformException($"the 'complete' transform would make at least {fewest:N0} rows of {frame.Columns.Count:N0} columns, more than the "
                + $"{SpecLimits.MaxFrameCells:N0} cells a frame may have; bucket to a longer period, filter or lump first", spec);
        var domains = keys.Select(key => Domain(key, spec)).ToArray();
        FrameBudget.Check(Math.Max(frame.RowCount, domains.Aggregate(1.0, (product, domain) => product * domain.Count)), frame.Columns.Count, spec);
        var existing = Grouping.Rows(frame, keys);
        var columns = frame.Columns.Select(_ => new List<object?>()).ToArray();
        foreach (var combination in Combinations(domains))
        {
            if (existing.TryGetValue(combination, out var rows))
            {
                foreach (var row in rows)
                    for (var c = 0; c < columns.Length; c++) columns[c].Add(frame.Columns[c][row]);
                continue;
            }
            for (var c = 0; c < columns.Length; c++)
            {
                var keyIndex = Array.FindIndex(keys, k => k.Name == frame.Columns[c].Name);
                columns[c].Add(keyIndex >= 0 ? combination.Values[keyIndex] : fill[frame.Columns[c].Name]);
            }
        }
        return new Frame(frame.Columns.Select((c, i) => new FrameColumn(c.Name, c.Type, columns[i])).ToArray());
    }

    private static List<object?> Domain(FrameColumn key, CompleteSpec spec)
    {
        var values = new SortedSet<GroupKey>(key.Values.Select(v => new GroupKey([v])));
        if (spec.Values.TryGetValue(key.Name, out var listed))
            foreach (var value in listed)
            {
                if (!SpecValues.TryConvert(value, key.Type, out var converted))
                    throw new TransformException($"the value '{SpecValues.Display(value)}' listed for '{key.Name}' cannot be read as {TransformPipeline.TypeName(key.Type)}", spec);
                values.Add(new GroupKey([converted]));
            }
        if (spec.Every is { } every && key.Type == ColumnType.Date)
        {
            var dates = key.Values.OfType<DateTime>().ToArray();
            if (dates.Length > 0)
            {
                // Start at the first date as it is: the column is expected to hold period starts already (bucket first).
                var (date, last) = (dates.Min(), dates.Max());
                while (date <= last)
                {
                    values.Add(new GroupKey([date]));
                    if (!TryNext(date, every, out date)) break; // the next period would pass 9999-12-31
                }
            }
        }
        return values.Select(v => v.Values[0]).ToList();
    }

    /// <summary>
    /// At least how many values a key's domain will hold, counted without listing them: its distinct values, or
    /// the periods from its first date to its last (a month steps from the day it reached, so a 31st may fall back).
    /// </summary>
    private static double FewestValues(FrameColumn key, CompleteSpec spec)
    {
        var fewest = (double)key.Values.Distinct().Count();
        if (spec.Every is not { } every || key.Type != ColumnType.Date || key.Values.OfType<DateTime>().ToArray() is not { Length: > 0 } dates)
            return fewest;
        var (first, last) = (dates.Min(), dates.Max());
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month - (last.Day < first.Day ? 1 : 0);
        var periods = 1 + every switch
        {
            DatePeriod.Day => Math.Floor((last - first).TotalDays),
            DatePeriod.Week => Math.Floor((last - first).TotalDays / 7),
            DatePeriod.Month => months,
            DatePeriod.Quarter => Math.Floor(months / 3.0),
            DatePeriod.Year => Math.Floor(months / 12.0),
        };
        return Math.Max(fewest, periods);
    }

    private static bool TryNext(DateTime date, DatePeriod every, out DateTime next)
    {
        try
        {
            next = Bucket.Next(date, every);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            next = date;
            return false;
        }
    }

    private static object? FillValue(FrameColumn column, CompleteSpec spec)
    {
        if (!spec.Fill.TryGetValue(column.Name, out var value)) return null;
        if (SpecValues.TryConvert(value, column.Type, out var converted)) return converted;
        throw new TransformException($"the fill value '{SpecValues.Display(value)}' for '{column.Name}' cannot be read as {TransformPipeline.TypeName(column.Type)}", spec);
    }

    private static IEnumerable<GroupKey> Combinations(List<object?>[] domains)
    {
        IEnumerable<object?[]> result = [[]];
        foreach (var domain in domains)
            result = result.SelectMany(prefix => domain.Select(value => (object?[])[.. prefix, value]));
        return result.Select(values => new GroupKey(values));
    }
}
