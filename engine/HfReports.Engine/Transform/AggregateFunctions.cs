using System.Globalization;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Transform;

/// <summary>The aggregates of the single-aggregate transforms and of `summarize`, computed over a group's non-null
/// values; a group without any value gets null (count gives 0). Quantiles interpolate linearly between order
/// statistics (R's default type 7, numpy's "linear"), so the median is the mean of the two middle values.</summary>
public static class AggregateFunctions
{
    public static readonly string[] Names = ["count", "sum", "mean", "median", "quantile", "min", "max", "sd"];

    /// <summary>The column type an aggregate of a column of this type gives.</summary>
    public static ColumnType ResultType(string function, ColumnType input) => function switch
    {
        "count" => ColumnType.Integer,
        "min" or "max" or "sum" => input,
        _ => ColumnType.Real,
    };

    /// <summary>The column types an aggregate accepts.</summary>
    public static ColumnType[] Accepts(string function) => function switch
    {
        "count" => Enum.GetValues<ColumnType>(),
        "min" or "max" => [ColumnType.Integer, ColumnType.Real, ColumnType.Date, ColumnType.Text],
        _ => [ColumnType.Integer, ColumnType.Real],
    };

    public static object? Compute(string function, FrameColumn? column, IReadOnlyList<int> rows, double p = 0.5)
    {
        // count without a column counts rows; with one, its non-null values.
        if (column is null) return (long)rows.Count;
        var values = rows.Select(r => column[r]).Where(v => v is not null).ToArray();
        if (function == "count") return (long)values.Length;
        if (values.Length == 0) return null;
        switch (function)
        {
            case "min": return values.Min(Comparer<object?>.Create(GroupKey.CompareValues));
            case "max": return values.Max(Comparer<object?>.Create(GroupKey.CompareValues));
            case "sum" when column.Type == ColumnType.Integer: return values.Sum(v => (long)v!);
        }
        var numbers = values.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray();
        return function switch
        {
            "sum" => numbers.Sum(),
            "mean" => numbers.Average(),
            "median" => Quantile(numbers, 0.5),
            "quantile" => Quantile(numbers, p),
            "sd" => StandardDeviation(numbers),
            _ => throw new ArgumentOutOfRangeException(nameof(function), function, "unknown aggregate"),
        };
    }

    /// <summary>The p-quantile by linear interpolation: position h = (n - 1) p between the sorted values.</summary>
    public static double Quantile(double[] numbers, double p)
    {
        var sorted = numbers.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }

    /// <summary>The sample standard deviation (divisor n - 1); null for fewer than two values.</summary>
    private static double? StandardDeviation(double[] numbers)
    {
        if (numbers.Length < 2) return null;
        var mean = numbers.Average();
        return Math.Sqrt(numbers.Sum(x => (x - mean) * (x - mean)) / (numbers.Length - 1));
    }
}
