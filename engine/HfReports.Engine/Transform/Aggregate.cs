using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>sum, mean, median, min and max of a column per key combination. Nulls are skipped; a group
/// without any value gets null. Sums of integers stay integers; min and max keep the column's type.</summary>
public static class Aggregate
{
    public static Frame Apply(Frame frame, AggregateSpec spec)
    {
        var keys = spec.By.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray();
        var column = TransformPipeline.Column(frame, spec.Column, spec);
        var ordered = spec.Function is "min" or "max";
        if (ordered) TransformPipeline.RequireType(column, spec, ColumnType.Integer, ColumnType.Real, ColumnType.Date, ColumnType.Text);
        else TransformPipeline.RequireType(column, spec, ColumnType.Integer, ColumnType.Real);
        var groups = Grouping.Rows(frame, keys);
        var results = groups.Values.Select(rows => Compute(spec.Function, column, rows)).ToArray();
        var type = spec.Function switch
        {
            "min" or "max" => column.Type,
            "sum" => column.Type,
            _ => ColumnType.Real,
        };
        var columns = Grouping.KeyColumns(keys, groups.Keys);
        columns.Add(new FrameColumn(spec.As, type, results));
        return TransformPipeline.NewFrame(columns, spec);
    }

    private static object? Compute(string function, FrameColumn column, List<int> rows)
    {
        var values = rows.Select(r => column[r]).Where(v => v is not null).ToArray();
        if (values.Length == 0) return null;
        switch (function)
        {
            case "min": return values.Min(Comparer<object?>.Create(GroupKey.CompareValues));
            case "max": return values.Max(Comparer<object?>.Create(GroupKey.CompareValues));
            case "sum" when column.Type == ColumnType.Integer: return values.Sum(v => (long)v!);
        }
        var numbers = values.Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return function switch
        {
            "sum" => numbers.Sum(),
            "mean" => numbers.Average(),
            _ => Median(numbers),
        };
    }

    /// <summary>The middle value; for an even count the mean of the two middle values (as R's median).</summary>
    private static double Median(double[] numbers)
    {
        Array.Sort(numbers);
        var middle = numbers.Length / 2;
        return numbers.Length % 2 == 1 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
    }
}
