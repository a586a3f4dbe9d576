using HfReports.Engine.Frames;
using HfReports.Engine.Transform;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Transform;

/// <summary>
/// The edges of the filtering, completing and conversion rules, each worked out by hand: every comparison on the value
/// it compares with, parameters bound or missing, spec values converted to each column type, the periods a 'complete'
/// would span counted before anything is made (day by day from year 1 to 9999), and the frame budget's boundary.
/// </summary>
public sealed class TransformBoundaryTests
{
    private static Frame Apply(Frame frame, string yaml, IReadOnlyDictionary<string, object?>? parameters = null) =>
        TransformPipeline.Apply(frame, Steps(yaml), parameters);

    private static readonly Frame Numbers = Of(Integer("n", 1, 2, 3, null));

    [Theory]
    [InlineData("eq: 2", "2")]
    [InlineData("ne: 2", "1,3")]
    [InlineData("lt: 2", "1")]
    [InlineData("le: 2", "1,2")]
    [InlineData("gt: 2", "3")]
    [InlineData("ge: 2", "2,3")]
    [InlineData("in: [1, 3]", "1,3")]
    [InlineData("not_in: [1, 3]", "2")]
    [InlineData("is_null: true", "null")]
    [InlineData("not_null: true", "1,2,3")]
    [InlineData("eq: 2.0", "2")]
    public void Each_comparison_keeps_the_rows_it_names_on_the_value_compared_with(string comparison, string kept)
    {
        var rows = Rows(Apply(Numbers, $"- filter: {{ column: n, {comparison} }}"));
        Assert.Equal(kept, string.Join(",", rows.Select(r => r["n=".Length..])));
    }

    [Fact]
    public void A_filter_takes_its_value_from_a_parameter()
    {
        var parameters = new Dictionary<string, object?> { ["top"] = 2L, ["other"] = "x" };
        Assert.Equal(["n=3"], Rows(Apply(Numbers, "- filter: { column: n, gt: { param: top } }", parameters)));
    }

    [Fact]
    public void A_missing_or_null_parameter_is_refused_with_what_to_do()
    {
        var none = Assert.Throws<TransformException>(() => Apply(Numbers, "- filter: { column: n, gt: { param: top } }"));
        Assert.Equal("the 'filter' transform uses the parameter 'top', which the report does not declare", none.Message);
        Assert.Equal("declare it under the report's 'parameters'", none.Suggestion);

        var others = Assert.Throws<TransformException>(() => Apply(Numbers, "- filter: { column: n, gt: { param: top } }",
            new Dictionary<string, object?> { ["year"] = 1L, ["area"] = "x" }));
        Assert.Equal("parameters: area, year", others.Suggestion);

        var close = Assert.Throws<TransformException>(() => Apply(Numbers, "- filter: { column: n, gt: { param: tops } }",
            new Dictionary<string, object?> { ["top"] = 1L }));
        Assert.Equal("did you mean 'top'?", close.Suggestion);

        var isNull = Assert.Throws<TransformException>(() => Apply(Numbers, "- filter: { column: n, gt: { param: top } }",
            new Dictionary<string, object?> { ["top"] = null }));
        Assert.Equal("the parameter 'top' is null; a null never compares true", isNull.Message);
        Assert.Equal("use is_null: true or not_null: true", isNull.Suggestion);
    }

    [Fact]
    public void A_fraction_does_not_compare_with_an_integer_column()
    {
        var error = Assert.Throws<TransformException>(() => Apply(Numbers, "- filter: { column: n, eq: 2.5 }"));
        Assert.Equal("cannot compare 'n' (integer) with '2.5'", error.Message);
    }

    // The column type as object: ColumnType is internal and a test method's parameters are public.
    public static TheoryData<object?, object, bool, object?> Conversions() => new()
    {
        { null, ColumnType.Integer, true, null },
        { "abc", ColumnType.Text, true, "abc" },
        { 5L, ColumnType.Text, true, "5" },
        { 1.5, ColumnType.Text, true, "1.5" },
        { 5L, ColumnType.Integer, true, 5L },
        { 2.0, ColumnType.Integer, true, 2L },
        { 2.5, ColumnType.Integer, false, null },
        { "5", ColumnType.Integer, false, null },
        { 5L, ColumnType.Real, true, 5.0 },
        { 1.5, ColumnType.Real, true, 1.5 },
        { "1.5", ColumnType.Real, false, null },
        { true, ColumnType.Real, false, null },
        { "2024-03-01", ColumnType.Date, true, new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc) },
        { "March", ColumnType.Date, false, null },
        { 5L, ColumnType.Date, false, null },
        { true, ColumnType.Boolean, true, true },
        { "true", ColumnType.Boolean, false, null },
        { 1L, ColumnType.Boolean, false, null },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public void A_spec_value_converts_to_a_column_type_only_where_it_means_the_same(object? value, object type, bool converts, object? expected)
    {
        Assert.Equal(converts, SpecValues.TryConvert(value, (ColumnType)type, out var converted));
        if (converts)
        {
            Assert.Equal(expected, converted);
            Assert.Equal(expected?.GetType(), converted?.GetType());
        }
    }

    [Fact]
    public void Values_are_shown_as_a_spec_would_write_them()
    {
        Assert.Equal("null", SpecValues.Display(null));
        Assert.Equal("2024-03-01", SpecValues.Display(new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("true", SpecValues.Display(true));
        Assert.Equal("false", SpecValues.Display(false));
        Assert.Equal("0.1", SpecValues.Display(0.1));
        Assert.Equal("1E+21", SpecValues.Display(1e21));
        Assert.Equal("42", SpecValues.Display(42L));
        Assert.Equal("x", SpecValues.Display("x"));
    }

    /// <summary>Periods from the first date to the last, plus one: year 1 to 9999 is 3,652,058 days, 119,987 months.</summary>
    [Theory]
    [InlineData("day", "0001-01-01", "9999-12-31", "3,652,059,000")]
    [InlineData("week", "0001-01-01", "9999-12-31", "521,723,000")]      // 3,652,058 / 7 = 521,722.6
    [InlineData("month", "0001-01-01", "9999-12-31", "119,988,000")]
    [InlineData("month", "0001-01-31", "9999-12-30", "119,987,000")]     // the 30th is before the 31st: one month fewer
    [InlineData("quarter", "0001-01-01", "9999-12-31", "39,996,000")]    // 119,987 / 3 = 39,995.7
    [InlineData("year", "0001-01-01", "9999-12-31", "9,999,000")]        // 119,987 / 12 = 9,998.9
    public void A_complete_too_large_is_refused_before_anything_is_made_with_the_rows_it_would_make(string every, string first, string last, string rows)
    {
        // 1,000 categories times the periods, 3 columns: each case is over 10,000,000 cells.
        var dates = Enumerable.Range(0, 1000).Select(i => i == 0 ? first : last).ToArray();
        var frame = Of(Date("t", dates), Text("g", Enumerable.Range(0, 1000).Select(i => $"g{i}").ToArray()), Integer("n", Enumerable.Range(0, 1000).Select(i => (long?)i).ToArray()));
        var error = Assert.Throws<TransformException>(() => Apply(frame, $"- complete: {{ columns: [t, g], every: {every} }}"));
        Assert.Equal($"the 'complete' transform would make at least {rows} rows of 3 columns, more than the 10,000,000 cells a frame may have; "
            + "bucket to a longer period, filter or lump first", error.Message);
    }

    [Fact]
    public void Complete_by_month_stops_at_the_end_of_the_calendar()
    {
        // The month after 9999-12-01 does not exist: the periods end there.
        var frame = Of(Date("t", "9999-10-01", "9999-12-01"), Text("g", "a", "b"));
        Assert.Equal(
        [
            "t=9999-10-01 | g=a", "t=9999-10-01 | g=b", "t=9999-11-01 | g=a", "t=9999-11-01 | g=b", "t=9999-12-01 | g=a", "t=9999-12-01 | g=b",
        ], Rows(Apply(frame, "- complete: { columns: [t, g], every: month }")));
    }

    [Fact]
    public void Complete_keeps_every_row_of_a_combination_that_is_there_twice_and_null_is_a_category()
    {
        var frame = Of(Text("g", "a", "a", null), Text("h", "x", "x", "y"), Integer("n", 1, 2, 3));
        Assert.Equal(
        [
            "g=null | h=x | n=0", "g=null | h=y | n=3", "g=a | h=x | n=1", "g=a | h=x | n=2", "g=a | h=y | n=0",
        ], Rows(Apply(frame, "- complete: { columns: [g, h], fill: { n: 0 } }")));
    }

    [Fact]
    public void Complete_refuses_a_listed_or_fill_value_of_the_wrong_type_and_a_fill_for_a_missing_column()
    {
        var frame = Of(Text("g", "a"), Integer("n", 1));
        Assert.Equal("the value 'x' listed for 'n' cannot be read as integer",
            Assert.Throws<TransformException>(() => Apply(frame, "- complete: { columns: [n], values: { n: [x] } }")).Message);
        Assert.Equal("the fill value 'x' for 'n' cannot be read as integer",
            Assert.Throws<TransformException>(() => Apply(frame, "- complete: { columns: [g], fill: { n: x } }")).Message);
        Assert.Equal("the 'complete' transform needs column 'm', but the frame has: g, n",
            Assert.Throws<TransformException>(() => Apply(frame, "- complete: { columns: [g], fill: { m: 0 } }")).Message);
    }

    [Fact]
    public void The_frame_budget_allows_its_limits_and_refuses_one_more()
    {
        var step = Steps("- sort: { by: n }")[0];
        FrameBudget.Check(10_000, 1_000, step);
        FrameBudget.Check(10_000_000, 1, step);
        Assert.Equal("the 'sort' transform would make 1,001 columns, more than the 1,000 a frame may have; filter or lump the values first",
            Assert.Throws<TransformException>(() => FrameBudget.Check(1, 1_001, step)).Message);
        Assert.Equal("the 'sort' transform would make 10,000,001 rows of 1 columns, more than the 10,000,000 cells a frame may have; filter, bucket or lump first",
            Assert.Throws<TransformException>(() => FrameBudget.Check(10_000_001, 1, step)).Message);
        Assert.Equal("the 'sort' transform would make 5,000,001 rows of 2 columns, more than the 10,000,000 cells a frame may have; filter, bucket or lump first",
            Assert.Throws<TransformException>(() => FrameBudget.Check(5_000_001, 2, step)).Message);
    }
}
