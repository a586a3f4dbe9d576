using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Spreads a long frame wide: one row per combination of the remaining (identifying) columns, in key
/// order, and one new column per distinct value of the names column, in value order (a null name becomes "null").
/// Cells without a value take the fill (or null). Two rows for the same cell are an error: aggregate first.</summary>
internal static class Pivot
{
    public static Frame Apply(Frame frame, PivotSpec spec)
    {
        var names = TransformPipeline.Column(frame, spec.Names, spec);
        var values = TransformPipeline.Column(frame, spec.Values, spec);
        var ids = frame.Columns.Where(c => c.Name != spec.Names && c.Name != spec.Values).ToArray();
        object? fill = null;
        if (spec.Fill is not null && !SpecValues.TryConvert(spec.Fill, values.Type, out fill))
            throw new TransformException($"the fill value '{SpecValues.Display(spec.Fill)}' cannot be read as {TransformPipeline.TypeName(values.Type)}, the type of '{spec.Values}'", spec);

        var newNames = new SortedSet<GroupKey>(names.Values.Select(v => new GroupKey([v]))).Select(k => k.Values[0]).ToArray();
        FrameBudget.Check(frame.RowCount, ids.Length + newNames.Length, spec); // before a column is made
        var titles = newNames.Select(SpecValues.Display).ToArray();
        foreach (var clash in titles.Where(t => ids.Any(c => c.Name == t)))
            throw new TransformException($"the 'pivot' transform would make a column '{clash}', but the frame already has one", spec);

        var rows = Grouping.Rows(frame, ids);
        var cells = titles.Select(_ => new object?[rows.Count]).ToArray();
        var position = 0;
        foreach (var group in rows.Values)
        {
            for (var n = 0; n < titles.Length; n++) cells[n][position] = fill;
            var seen = new HashSet<int>();
            foreach (var row in group)
            {
                var n = Array.IndexOf(titles, SpecValues.Display(names[row]));
                if (!seen.Add(n))
                    throw new TransformException($"the 'pivot' transform found two values for the cell '{titles[n]}' of one row; aggregate first (e.g. with sum or count)", spec);
                cells[n][position] = values[row] ?? fill;
            }
            position++;
        }
        var columns = Grouping.KeyColumns(ids, rows.Keys);
        columns.AddRange(titles.Select((t, n) => new FrameColumn(t, values.Type, cells[n])));
        return TransformPipeline.NewFrame(columns, spec);
    }
}
