using System.Globalization;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>The aggregates of the single-aggregate transforms and of `summarize`, computed over a group's non-null
/// values; a group without any value gets null (count gives 0). Quantiles interpolate linearly between order
/// statistics (R's default type 7, numpy's "linear"), so the median is the mean of the two middle values.</summary>
internal static class AggregateFunctions
{
    /// <summary>The column type an aggregate of a column of this type gives.</summary>
    public static ColumnType ResultType(AggregateFunction function, ColumnType input) => function switch
    {
        AggregateFunction.Count => ColumnType.Integer,
        AggregateFunction.Min or AggregateFunction.Max or AggregateFunction.Sum => input,
        AggregateFunction.Mean or AggregateFunction.Median or AggregateFunction.Quantile or AggregateFunction.Sd => ColumnType.Real,
    };

    /// <summary>The column types an aggregate accepts.</summary>
    public static ColumnType[] Accepts(AggregateFunction function) => function switch
    {
        AggregateFunction.Count => Enum.GetValues<ColumnType>(),
        AggregateFunction.Min or AggregateFunction.Max => [ColumnType.Integer, ColumnType.Real, ColumnType.Date, ColumnType.Text],
        AggregateFunction.Sum or AggregateFunction.Mean or AggregateFunction.Median or AggregateFunction.Quantile or AggregateFunction.Sd =>
            [ColumnType.Integer, ColumnType.Real],
    };

    public static object? Compute(AggregateFunction function, FrameColumn? column, IReadOnlyList<int> rows, double p = 0.5)
    {
        // count without a column counts rows; with one, its non-null values.
        if (column is null) return (long)rows.Count;
        var values = rows.Select(r => column[r]).Where(v => v is not null).ToArray();
        if (function == AggregateFunction.Count) return (long)values.Length;
        if (values.Length == 0) return null;
        return function switch
        {
            AggregateFunction.Count => (long)values.Length,
            AggregateFunction.Min => values.Min(Comparer<object?>.Create(GroupKey.CompareValues)),
            AggregateFunction.Max => values.Max(Comparer<object?>.Create(GroupKey.CompareValues)),
            AggregateFunction.Sum when column.Type == ColumnType.Integer => values.Sum(v => (long)v!),
            AggregateFunction.Sum => Numbers(values).Sum(),
            AggregateFunction.Mean => Numbers(values).Average(),
            AggregateFunction.Median => Quantile(Numbers(values), 0.5),
            AggregateFunction.Quantile => Quantile(Numbers(values), p),
            AggregateFunction.Sd => StandardDeviation(Numbers(values)),
        };
    }

    private static double[] Numbers(object?[] values) => values.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray();

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
