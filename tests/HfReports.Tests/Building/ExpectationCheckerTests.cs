using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Building;

/// <summary>Each kind of expectation at its boundaries, passing and failing, on frames written by hand.</summary>
public sealed class ExpectationCheckerTests
{
    private static readonly SourceLocation At = new("paper.yaml", 7, 9);

    // models: 10, 20, 30; one null licence; "b" twice, and (b, 0.5) twice.
    private static readonly Engine.Frames.Frame Models = Of(
        Text("name", "a", "b", "b"),
        Integer("models", 10, 20, 30),
        Real("share", 0.25, 0.5, 0.5),
        Text("license", "mit", null, "apache-2.0"));

    private static ValueExpectation Value(string column, int row, double? min = null, double? max = null, object? equal = null, double tolerance = 0) =>
        new(column, row, new Dictionary<string, object?>(), equal, tolerance, min, max, null, At, "figure.data.expect[0]");

    [Theory]
    [InlineData(10.0, null, true)]   // min is inclusive: 10 >= 10
    [InlineData(10.5, null, false)]
    [InlineData(null, 10.0, true)]   // max is inclusive: 10 <= 10
    [InlineData(null, 9.5, false)]
    [InlineData(9.0, 11.0, true)]
    [InlineData(11.0, 12.0, false)]
    public void Value_bounds_include_their_ends(double? min, double? max, bool passes) =>
        Assert.Equal(passes, ExpectationChecker.Check(Value("models", 0, min, max), Models).Passed);

    [Theory]
    [InlineData(20L, 0.0, true)]
    [InlineData(21L, 0.0, false)]
    [InlineData(21L, 1.0, true)]    // within the tolerance, at its edge
    [InlineData(22L, 1.0, false)]
    public void Value_equals_within_its_tolerance(long expected, double tolerance, bool passes) =>
        Assert.Equal(passes, ExpectationChecker.Check(Value("models", 1, equal: expected, tolerance: tolerance), Models).Passed);

    [Theory]
    [InlineData(2L, 3L, true)]
    [InlineData(3L, 3L, true)]
    [InlineData(4L, null, false)]
    [InlineData(null, 2L, false)]
    public void Row_count_bounds_include_their_ends(long? min, long? max, bool passes)
    {
        var result = ExpectationChecker.Check(new RowCountExpectation(min, max, null, At, "k"), Models);
        Assert.Equal((passes, "3"), (result.Passed, result.Actual));
    }

    [Fact]
    public void Unique_fails_on_a_repeated_value_and_names_it()
    {
        var repeated = ExpectationChecker.Check(new UniqueExpectation(["name"], null, At, "k"), Models);
        Assert.False(repeated.Passed);
        Assert.Equal("b appears 2 times", repeated.Actual);
        Assert.True(ExpectationChecker.Check(new UniqueExpectation(["models"], null, At, "k"), Models).Passed);
        Assert.True(ExpectationChecker.Check(new UniqueExpectation(["name", "models"], null, At, "k"), Models).Passed);
        Assert.False(ExpectationChecker.Check(new UniqueExpectation(["name", "share"], null, At, "k"), Models).Passed);
    }

    [Fact]
    public void Not_null_fails_on_a_missing_value_and_counts_it()
    {
        var missing = ExpectationChecker.Check(new NotNullExpectation(["name", "license"], null, At, "k"), Models);
        Assert.False(missing.Passed);
        Assert.Equal("1 null(s) in license", missing.Actual);
        Assert.True(ExpectationChecker.Check(new NotNullExpectation(["name", "models"], null, At, "k"), Models).Passed);
    }

    [Fact]
    public void A_check_that_cannot_be_evaluated_fails_with_the_reason_and_keeps_its_place()
    {
        var noRow = ExpectationChecker.Check(Value("models", 3, min: 0), Models);
        Assert.Equal((false, "no row 3 (the frame has 3 rows)"), (noRow.Passed, noRow.Actual));
        var noColumn = ExpectationChecker.Check(new NotNullExpectation(["licence"], "typo", At, "k"), Models);
        Assert.False(noColumn.Passed);
        Assert.StartsWith("no column 'licence'", noColumn.Actual);
        Assert.Equal(("typo", 7, 9), (noColumn.Description, noColumn.Location.Line, noColumn.Location.Column));
    }
}
