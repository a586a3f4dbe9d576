using HfReports.Engine.Evaluation;
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

    /// <summary>A tolerance on a range widens each bound: models at row 2 is 30; "at least 31" fails, "at least 31 less
    /// 1" holds at its edge, and a relative 5 % is taken of each bound itself (31 less 1.55; 28 plus 1.4 = 29.4).</summary>
    [Theory]
    [InlineData(31.0, null, 0.0, null, false)]
    [InlineData(31.0, null, 1.0, null, true)]
    [InlineData(31.5, null, 1.0, null, false)]
    [InlineData(31.0, null, null, 5.0, true)]
    [InlineData(32.0, null, null, 5.0, false)]   // 32 less 1.6 = 30.4
    [InlineData(null, 28.0, null, 5.0, false)]   // 28 plus 1.4 = 29.4
    [InlineData(null, 29.0, 1.0, null, true)]
    public void A_tolerance_widens_each_bound_of_a_range(double? min, double? max, double? absolute, double? percent, bool passes)
    {
        var spec = Value("models", 2, min, max, tolerance: absolute ?? (percent ?? 0) * (min ?? max ?? 0) / 100) with { RelativePercent = percent };
        var result = ExpectationChecker.Check(spec, Models);
        Assert.Equal(passes, result.Passed);
        Assert.Equal(min - (percent is { } p ? min * p / 100 : absolute ?? 0), result.Numbers!.Minimum);
        Assert.Equal(max + (percent is { } q ? max * q / 100 : absolute ?? 0), result.Numbers!.Maximum);
    }

    [Theory]
    [InlineData(20L, 0.0, true)]
    [InlineData(21L, 0.0, false)]
    [InlineData(21L, 1.0, true)]    // within the tolerance, at its edge
    [InlineData(22L, 1.0, false)]
    public void Value_equals_within_its_tolerance(long expected, double tolerance, bool passes) =>
        Assert.Equal(passes, ExpectationChecker.Check(Value("models", 1, equal: expected, tolerance: tolerance), Models).Passed);

    [Theory]
    [InlineData(2L, 3L, true)]
    [InlineData(1L, 5L, true)]      // strictly inside: neither end is the count
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
    public void Unique_and_not_null_say_what_they_expected_whether_they_pass_fail_or_cannot_be_evaluated()
    {
        foreach (var columns in new[] { new[] { "models" }, ["name"], ["absent"] })
            Assert.Equal("unique", ExpectationChecker.Check(new UniqueExpectation(columns, null, At, "k"), Models).Expected);
        Assert.Equal("unique", ExpectationChecker.Check(new UniqueExpectation(["models"], null, At, "k"), Models).Actual);
        foreach (var columns in new[] { new[] { "models" }, ["license"], ["absent"] })
            Assert.Equal("no nulls", ExpectationChecker.Check(new NotNullExpectation(columns, null, At, "k"), Models).Expected);
        Assert.Equal("no nulls", ExpectationChecker.Check(new NotNullExpectation(["models"], null, At, "k"), Models).Actual);
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

    private static ValueExpectation Where(string column, Dictionary<string, object?> where, object? equal = null, double? min = null) =>
        new(column, null, where, equal, 0, min, null, null, At, "figure.data.expect[0]");

    [Fact]
    public void Where_picks_the_one_matching_row()
    {
        var result = ExpectationChecker.Check(Where("models", new() { ["name"] = "a" }, equal: 10L), Models);
        Assert.Equal((true, "10"), (result.Passed, result.Actual));
        Assert.False(ExpectationChecker.Check(Where("models", new() { ["name"] = "a" }, equal: 20L), Models).Passed);
        // Two conditions, both needed: (b, 0.5) matches rows 1 and 2, (b, license apache-2.0) only row 2.
        var both = ExpectationChecker.Check(Where("models", new() { ["name"] = "b", ["license"] = "apache-2.0" }, equal: 30L), Models);
        Assert.Equal((true, "30"), (both.Passed, both.Actual));
    }

    [Fact]
    public void Where_matching_no_row_or_several_fails_saying_how_many()
    {
        var none = ExpectationChecker.Check(Where("models", new() { ["name"] = "z" }, equal: 10L), Models);
        Assert.Equal((false, "0 matching rows"), (none.Passed, none.Actual));
        var two = ExpectationChecker.Check(Where("models", new() { ["name"] = "b", ["share"] = 0.5 }, equal: 20L), Models);
        Assert.Equal((false, "2 matching rows"), (two.Passed, two.Actual));
        var neither = ExpectationChecker.Check(Where("models", new(), equal: 10L), Models);
        Assert.Equal((false, "3 rows (say which with 'row' or 'where')"), (neither.Passed, neither.Actual));
    }

    [Fact]
    public void Without_row_or_where_a_one_row_frame_is_read()
    {
        var one = Of(Integer("models", 6710));
        Assert.True(ExpectationChecker.Check(Where("models", new(), equal: 6710L), one).Passed);
        Assert.False(ExpectationChecker.Check(Where("models", new(), equal: 6711L), one).Passed);
    }

    [Fact]
    public void A_where_column_the_frame_lacks_is_named()
    {
        var result = ExpectationChecker.Check(Where("models", new() { ["nmae"] = "a" }, equal: 10L), Models);
        Assert.Equal((false, "no column 'nmae' (the frame has: name, models, share, license)"), (result.Passed, result.Actual));
        Assert.Equal(["nmae", "licence"],
            ExpectationChecker.MissingColumns(Where("licence", new() { ["nmae"] = "a", ["name"] = "b" }), Models).Reverse());
        Assert.Equal(["x"], ExpectationChecker.MissingColumns(new UniqueExpectation(["x", "name", "x"], null, At, "k"), Models));
        Assert.Empty(ExpectationChecker.MissingColumns(new RowCountExpectation(1, 1, null, At, "k"), Models));
    }

    [Fact]
    public void Text_values_compare_as_text_and_reals_print_without_trailing_zeros()
    {
        Assert.True(ExpectationChecker.Check(Value("license", 2, equal: "apache-2.0"), Models).Passed);
        Assert.False(ExpectationChecker.Check(Value("license", 2, equal: "mit"), Models).Passed);
        var share = ExpectationChecker.Check(Value("share", 0, equal: 0.25), Models);
        Assert.Equal((true, "0.25"), (share.Passed, share.Actual));
        Assert.Equal("0.333333", ExpectationChecker.Check(Value("x", 0, min: 0), Of(Real("x", 1.0 / 3))).Actual);
    }

    [Fact]
    public void A_null_cell_fails_a_bound()
    {
        var frame = Of(Real("x", [null]));
        Assert.False(ExpectationChecker.Check(Value("x", 0, min: 0), frame).Passed);
        Assert.False(ExpectationChecker.Check(Value("x", 0, max: 0), frame).Passed);
    }

    [Fact]
    public void A_negative_row_is_no_row()
    {
        var result = ExpectationChecker.Check(Value("models", -1, min: 0), Models);
        Assert.Equal((false, "no row -1 (the frame has 3 rows)"), (result.Passed, result.Actual));
    }

    [Fact]
    public void Not_null_counts_each_column_and_unique_names_a_missing_column()
    {
        var frame = Of(Text("a", null, null, "x"), Text("b", "y", null, "z"), Text("c", "1", "2", "3"));
        var result = ExpectationChecker.Check(new NotNullExpectation(["a", "b", "c"], null, At, "k"), frame);
        Assert.Equal((false, "2 null(s) in a, 1 null(s) in b"), (result.Passed, result.Actual));
        Assert.Equal(("no nulls", "a, b, c have no nulls"), (result.Expected, result.Description));
        var unique = ExpectationChecker.Check(new UniqueExpectation(["nmae"], null, At, "k"), Models);
        Assert.Equal((false, "no column 'nmae' (the frame has: name, models, share, license)"), (unique.Passed, unique.Actual));
        Assert.Equal(("unique", "unique"), (ExpectationChecker.Check(new UniqueExpectation(["models"], null, At, "k"), Models).Expected,
            ExpectationChecker.Check(new UniqueExpectation(["models"], null, At, "k"), Models).Actual));
    }

    /// <summary>The numbers a machine reads (build --format json): value and tolerance, or the range, and what the data gave.</summary>
    [Fact]
    public void Results_carry_their_numbers_the_description_and_where_the_paper_prints_them()
    {
        var equal = ExpectationChecker.Check(Value("models", 1, equal: 21L, tolerance: 1.5) with { Published = "Table 5" }, Models);
        Assert.Equal(new ExpectedNumbers(21, 1.5, null, null, 20), equal.Numbers);
        Assert.Equal(("Table 5", "models at row 1 is 21 ± 1.5", "21 ± 1.5"), (equal.Published, equal.Description, equal.Expected));

        var range = ExpectationChecker.Check(Value("share", 1, min: 0.1, max: 0.6), Models);
        Assert.Equal(new ExpectedNumbers(null, null, 0.1, 0.6, 0.5), range.Numbers);
        Assert.Null(range.Published);
        Assert.Equal(new ExpectedNumbers(null, null, null, 0.6, 0.5), ExpectationChecker.Check(Value("share", 1, max: 0.6), Models).Numbers);

        var exactRows = ExpectationChecker.Check(new RowCountExpectation(3, 3, "three rows", At, "k"), Models);
        Assert.Equal(new ExpectedNumbers(3, 0, null, null, 3), exactRows.Numbers);
        Assert.Equal(("three rows", "3"), (exactRows.Description, exactRows.Expected));
        var rowRange = ExpectationChecker.Check(new RowCountExpectation(2, null, null, At, "k"), Models);
        Assert.Equal(new ExpectedNumbers(null, null, 2, null, 3), rowRange.Numbers);
        Assert.Equal("row count is at least 2", rowRange.Description);

        Assert.Null(ExpectationChecker.Check(Value("license", 2, equal: "apache-2.0"), Models).Numbers);
        Assert.Null(ExpectationChecker.Check(new UniqueExpectation(["models"], null, At, "k"), Models).Numbers);
        var text = ExpectationChecker.Check(Value("models", 0, equal: 10L), Models);
        Assert.Equal(new ExpectedNumbers(10, 0, null, null, 10), text.Numbers);
        Assert.Equal(new ExpectedNumbers(null, null, 0, null, null), ExpectationChecker.Check(Value("license", 0, min: 0), Models).Numbers);
    }
}
