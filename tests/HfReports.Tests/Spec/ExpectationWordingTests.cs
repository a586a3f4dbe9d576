using HfReports.Engine.Spec;

namespace HfReports.Tests.Spec;

/// <summary>How an expectation reads in the appendix and in a failure ("row count is 10 to 20", "models where arch =
/// Phi is 2 ± 10%"): every form written out by hand.</summary>
public sealed class ExpectationWordingTests
{
    private static readonly SourceLocation At = new("paper.yaml", 3, 5);

    private static RowCountExpectation Rows(long? min, long? max) => new(min, max, null, At, "k");

    private static ValueExpectation Value(object? equal = null, double tolerance = 0, double? min = null, double? max = null,
        int? row = null, Dictionary<string, object?>? where = null) =>
        new("models", row, where ?? [], equal, tolerance, min, max, null, At, "k");

    [Theory]
    [InlineData(10L, 10L, "10")]
    [InlineData(null, 20L, "at most 20")]
    [InlineData(5L, null, "at least 5")]
    [InlineData(5L, 20L, "5 to 20")]
    public void A_row_count_reads_as_its_bounds(long? min, long? max, string expected)
    {
        Assert.Equal(expected, Rows(min, max).Expected);
        Assert.Equal($"row count is {expected}", Rows(min, max).Describe());
    }

    [Fact]
    public void A_value_names_its_row_its_where_or_its_column_alone()
    {
        Assert.Equal("models at row 2 is 7", Value(7L, row: 2).Describe());
        Assert.Equal("models where arch = Phi, licence = null is 7",
            Value(7L, where: new() { ["arch"] = "Phi", ["licence"] = null }).Describe());
        Assert.Equal("models is 7", Value(7L).Describe());
        Assert.Equal("models is null", Value().Describe());
    }

    [Fact]
    public void A_range_reads_as_its_bounds_widened_by_an_absolute_or_a_relative_tolerance()
    {
        Assert.Equal("at most 9", Value(max: 9).Expected);
        Assert.Equal("at least 4", Value(min: 4).Expected);
        Assert.Equal("between 4 and 9", Value(min: 4, max: 9).Expected);
        Assert.Equal("between 4 and 9 (± 0.5)", Value(min: 4, max: 9, tolerance: 0.5).Expected);
        Assert.Equal("at least 4 (± 2.5%)", (Value(min: 4, tolerance: 0.1) with { RelativePercent = 2.5 }).Expected);
    }

    [Fact]
    public void An_exact_value_reads_as_written_with_its_tolerance()
    {
        Assert.Equal("7", Value(7L).Expected);
        Assert.Equal("7 ± 0.5", Value(7L, tolerance: 0.5).Expected);
        Assert.Equal("81.00 ± 0.01", (Value(81.0, tolerance: 0.01) with { EqualToAsWritten = "81.00" }).Expected);
        Assert.Equal("81.00 ± 10%", (Value(81.0, tolerance: 8.1) with { EqualToAsWritten = "81.00", RelativePercent = 10 }).Expected);
    }

    [Theory]
    [InlineData("81.00", 2)]
    [InlineData("0.5", 1)]
    [InlineData("81.", 0)]
    [InlineData("81", null)]
    [InlineData("1.e3", null)] // a digit must follow the point for the decimals to be the written precision
    [InlineData("1.5e3", null)]
    public void The_written_decimals_are_the_digits_after_the_point(string written, int? decimals) =>
        Assert.Equal(decimals, (Value(1.0) with { EqualToAsWritten = written }).WrittenDecimals);

    [Fact]
    public void Uniqueness_and_completeness_agree_with_the_number_of_columns()
    {
        Assert.Equal("name is unique", new UniqueExpectation(["name"], null, At, "k").Describe());
        Assert.Equal("name, size are unique", new UniqueExpectation(["name", "size"], null, At, "k").Describe());
        Assert.Equal("licence has no nulls", new NotNullExpectation(["licence"], null, At, "k").Describe());
        Assert.Equal("licence, type have no nulls", new NotNullExpectation(["licence", "type"], null, At, "k").Describe());
    }
}
