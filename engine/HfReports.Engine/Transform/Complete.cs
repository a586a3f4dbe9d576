using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Makes every combination of the key columns present: a date key with 'every' spans its whole range
/// period by period, a key with listed 'values' takes those too, any other key the values it has (null included,
/// like any category). Missing combinations become new rows whose other columns take the fill values (or null).
/// Rows come out sorted by the keys.</summary>
public static class Complete
{
    public static Frame Apply(Frame frame, CompleteSpec spec)
    {
        var keys = spec.Columns.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var domains = keys.Select(key => Domain(key, spec)).ToArray();
        foreach (var name in spec.Fill.Keys) TransformPipeline.Column(frame, name, spec);
        var fill = frame.Columns.ToDictionary(c => c.Name, c => FillValue(c, spec));

        // Checked before a row is made: the combinations multiply (61 rows can ask for 222 million).
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
                    if (values.Count > SpecLimits.MaxFrameCells)
                        throw new TransformException($"the 'complete' transform would make more than {SpecLimits.MaxFrameCells:N0} periods of '{key.Name}'; bucket to a longer period", spec);
                    if (!TryNext(date, every, out date)) break; // the next period would pass 9999-12-31
                }
            }
        }
        return values.Select(v => v.Values[0]).ToList();
    }

    private static bool TryNext(DateTime date, string every, out DateTime next)
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
