using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Spec;

namespace HfReports.Tests.Building;

/// <summary>What the reproduction appendix shows of a snapshot's value: numbers of 1 or more to two decimals, as the
/// paper prints them; small ratios and whole numbers as they are; the CSV keeps every digit.</summary>
public sealed class ChecksTableTests
{
    private static ExpectationResult Result(string actual, double? number, string? published = null) =>
        new("check", "between 0 and 100", actual, true, new SourceLocation("paper.yaml", 1, 1), "k")
        {
            Numbers = new ExpectedNumbers(null, null, 0, 100, number),
            Published = published,
        };

    [Theory]
    [InlineData("52.081384", 52.081384, "52.08")]
    [InlineData("85.5", 85.5, "85.5")]
    [InlineData("2135", 2135.0, "2135")]
    [InlineData("0.012634", 0.012634, "0.012634")]
    [InlineData("unique", null, "unique")]
    public void The_appendix_shows_a_value_as_the_paper_prints_its_numbers(string actual, double? number, string shown)
    {
        Assert.Equal(shown, ChecksTable.Snapshot([Result(actual, number)]).Rows.Single()[2]);
        Assert.Equal(shown, ChecksTable.Published([Result(actual, number, "Table 5")]).Rows.Single()[3]);
        Assert.Equal($"check: expected between 0 and 100, snapshot {shown} (holds)", ChecksTable.SnapshotChecks([Result(actual, number)]).Single());
        Assert.Contains(actual, System.Text.Encoding.UTF8.GetString(ChecksTable.Csv([Result(actual, number)])!));
    }

    [Theory]
    [InlineData(81.0, 2, "81.00")]
    [InlineData(52.081384, 2, "52.08")]
    [InlineData(0.012634, 3, "0.013")]
    [InlineData(2135.0, 1, "2135.0")]
    public void A_value_is_shown_to_the_decimals_its_expected_number_is_written_with(double number, int decimals, string shown)
    {
        var result = Result(number.ToString(System.Globalization.CultureInfo.InvariantCulture), number, "Table 1") with { Decimals = decimals };
        Assert.Equal(shown, ChecksTable.Published([result]).Rows.Single()[3]);
    }
}
