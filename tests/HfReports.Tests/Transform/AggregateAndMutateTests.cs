using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;
using HfReports.Engine.Transform;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Transform;

/// <summary>
/// Aggregates computed directly against values worked out by hand (quantiles as R's type 7 and numpy's "linear" give
/// them, the sample standard deviation of a textbook example), and the types and errors of computed columns.
/// </summary>
public sealed class AggregateAndMutateTests
{
    private static readonly FrameColumn Values = Real("v", 4, null, 1, 3, 2);
    private static readonly int[] All = [0, 1, 2, 3, 4];

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.25, 1.75)]  // h = 3 * 0.25 = 0.75: 1 + 0.75 * (2 - 1)
    [InlineData(0.5, 2.5)]
    [InlineData(0.9, 3.7)]    // h = 2.7: 3 + 0.7 * (4 - 3)
    [InlineData(1.0, 4.0)]
    public void A_quantile_interpolates_between_the_sorted_values(double p, double expected)
    {
        Assert.Equal(expected, (double)AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("quantile")!.Value, Values, All, p)!, 12);
        Assert.Equal(expected, AggregateFunctions.Quantile([4, 1, 3, 2], p), 12);
    }

    [Fact]
    public void The_aggregates_of_a_group_skip_its_nulls()
    {
        Assert.Equal(5L, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("count")!.Value, null, All));
        Assert.Equal(4L, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("count")!.Value, Values, All));
        Assert.Equal(10.0, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("sum")!.Value, Values, All));
        Assert.Equal(2.5, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("mean")!.Value, Values, All));
        Assert.Equal(2.5, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("median")!.Value, Values, All));
        Assert.Equal(1.0, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("min")!.Value, Values, All));
        Assert.Equal(4.0, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("max")!.Value, Values, All));
        Assert.Equal(3.0, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("median")!.Value, Values, [0, 1, 2, 3])); // 4, null, 1, 3: the middle of three
        Assert.Equal(7L, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("sum")!.Value, Integer("n", 3, null, 4), [0, 1, 2]));
        Assert.Equal("b", AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("max")!.Value, Text("t", "a", "b", null), [0, 1, 2]));
        Assert.Equal("a", AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("min")!.Value, Text("t", "a", "b", null), [0, 1, 2]));
    }

    [Fact]
    public void A_group_without_values_counts_zero_and_has_no_other_aggregate()
    {
        foreach (var function in Enum.GetValues<AggregateFunction>().Where(f => f != AggregateFunction.Count))
            Assert.Null(AggregateFunctions.Compute(function, Values, [1]));
        Assert.Equal(0L, AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("count")!.Value, Values, [1]));
    }

    [Fact]
    public void The_standard_deviation_divides_by_n_minus_one_and_needs_two_values()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 32, 32 / 7 = 4.571428..., square root 2.138089935...
        var column = Real("x", 2, 4, 4, 4, 5, 5, 7, 9);
        Assert.Equal(2.1380899352993952, (double)AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("sd")!.Value, column, Enumerable.Range(0, 8).ToArray())!, 12);
        Assert.Null(AggregateFunctions.Compute(SpecWords.Parse<AggregateFunction>("sd")!.Value, column, [0]));
    }

    [Fact]
    public void Each_aggregate_names_the_types_it_takes_and_gives()
    {
        Assert.Equal(["count", "sum", "mean", "median", "quantile", "min", "max", "sd"], SpecWords.Of<AggregateFunction>());
        Assert.Equal(ColumnType.Integer, AggregateFunctions.ResultType(SpecWords.Parse<AggregateFunction>("count")!.Value, ColumnType.Text));
        Assert.Equal(ColumnType.Date, AggregateFunctions.ResultType(SpecWords.Parse<AggregateFunction>("min")!.Value, ColumnType.Date));
        Assert.Equal(ColumnType.Text, AggregateFunctions.ResultType(SpecWords.Parse<AggregateFunction>("max")!.Value, ColumnType.Text));
        Assert.Equal(ColumnType.Integer, AggregateFunctions.ResultType(SpecWords.Parse<AggregateFunction>("sum")!.Value, ColumnType.Integer));
        Assert.Equal(ColumnType.Real, AggregateFunctions.ResultType(SpecWords.Parse<AggregateFunction>("mean")!.Value, ColumnType.Integer));
        Assert.Equal(ColumnType.Real, AggregateFunctions.ResultType(SpecWords.Parse<AggregateFunction>("sd")!.Value, ColumnType.Integer));
        Assert.Equal(Enum.GetValues<ColumnType>(), AggregateFunctions.Accepts(SpecWords.Parse<AggregateFunction>("count")!.Value));
        Assert.Equal([ColumnType.Integer, ColumnType.Real, ColumnType.Date, ColumnType.Text], AggregateFunctions.Accepts(SpecWords.Parse<AggregateFunction>("max")!.Value));
        Assert.Equal([ColumnType.Integer, ColumnType.Real, ColumnType.Date, ColumnType.Text], AggregateFunctions.Accepts(SpecWords.Parse<AggregateFunction>("min")!.Value));
        Assert.Equal([ColumnType.Integer, ColumnType.Real], AggregateFunctions.Accepts(SpecWords.Parse<AggregateFunction>("median")!.Value));
    }

    private static Frame Apply(Frame frame, string yaml, IReadOnlyDictionary<string, object?>? parameters = null) =>
        TransformPipeline.Apply(frame, Steps(yaml), parameters);

    [Fact]
    public void A_computed_column_takes_the_type_of_its_values_and_integers_with_reals_make_reals()
    {
        var frame = Of(Integer("n", 1, 2), Date("t", "2024-01-01", "2024-02-01"));
        var result = Apply(frame, "- mutate: { mixed: \"if(n > 1, n, 0.5)\", flag: n > 1, day: t, none: \"if(n > 5, n, null)\" }");
        Assert.Equal(["n=1 | t=2024-01-01 | mixed=0.5 | flag=false | day=2024-01-01 | none=null", "n=2 | t=2024-02-01 | mixed=2 | flag=true | day=2024-02-01 | none=null"], Rows(result));
        Assert.Equal(ColumnType.Real, result["mixed"].Type);
        Assert.IsType<double>(result["mixed"][1]);
        Assert.Equal(ColumnType.Boolean, result["flag"].Type);
        Assert.Equal(ColumnType.Date, result["day"].Type);
        Assert.Equal(ColumnType.Real, result["none"].Type); // no value to take a type from
    }

    [Fact]
    public void An_expression_error_names_the_column_and_the_row()
    {
        var frame = Of(Integer("n", 1, 2), Text("g", "x", "y"));
        var error = Assert.Throws<TransformException>(() => Apply(frame, "- mutate: { x: \"if(n > 1, g * 2, 0)\" }"));
        Assert.StartsWith("in the expression of 'x', row 2: '*' needs a number, got text 'y'", error.Message);
        var mixed = Assert.Throws<TransformException>(() => Apply(frame, "- mutate: { x: \"if(n > 1, g, n)\" }"));
        Assert.Equal("the expression of 'x' gives values of different types (integer and text); give every branch of if() the same type", mixed.Message);
    }

    [Fact]
    public void A_missing_column_or_parameter_is_refused_with_what_there_is()
    {
        var frame = Of(Integer("n", 1));
        var column = Assert.Throws<TransformException>(() => Apply(frame, "- mutate: { x: m + 1 }"));
        Assert.Equal("the expression of 'x' uses column 'm', but the frame has: n", column.Message);

        var none = Assert.Throws<TransformException>(() => Apply(frame, "- mutate: { x: n > params.top }"));
        Assert.Equal("the expression of 'x' uses params.top, which the report does not declare", none.Message);
        Assert.Equal("declare it under the report's 'parameters'", none.Suggestion);
        var others = Assert.Throws<TransformException>(() => Apply(frame, "- mutate: { x: n > params.top }", new Dictionary<string, object?> { ["year"] = 1L, ["area"] = "x" }));
        Assert.Equal("parameters: area, year", others.Suggestion);
        var close = Assert.Throws<TransformException>(() => Apply(frame, "- mutate: { x: n > params.tops }", new Dictionary<string, object?> { ["top"] = 1L }));
        Assert.Equal("did you mean 'top'?", close.Suggestion);
        Assert.Equal(["n=1 | x=true"], Rows(Apply(frame, "- mutate: { x: n < params.top }", new Dictionary<string, object?> { ["top"] = 2L })));
    }
}
