using System.Text;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Spec;
using HfReports.Engine.Tables;

namespace HfReports.Tests.Document;

/// <summary>
/// The reproduction appendix's table, row by row, and its CSV, byte by byte, for three results written out by hand: a
/// published number that holds, one that differs, and a snapshot check.
/// </summary>
public sealed class ChecksTableContentTests
{
    private static readonly ExpectationResult[] Results =
    [
        new("Mean score", "52.1 ± 0.1", "52.081384", true, new SourceLocation("paper.yaml", 3, 5), "k1")
        {
            Numbers = new ExpectedNumbers(52.1, 0.1, null, null, 52.081384),
            Published = "Table 5",
        },
        new("Models after cleaning", "6710", "6700", false, new SourceLocation("paper.yaml", 9, 7), "k2")
        {
            Numbers = new ExpectedNumbers(6710, 0, null, null, 6700),
        },
        new("Share, open", "0.4 ± 0.1", "0.65", false, new SourceLocation("paper.yaml", 12, 5), "k3")
        {
            Numbers = new ExpectedNumbers(0.4, 0.1, null, null, 0.65),
            Published = "Section 4, \"Openness\"",
        },
    ];

    [Fact]
    public void The_published_table_lists_the_published_numbers_only_under_five_headings()
    {
        var table = ChecksTable.Published(Results);

        Assert.Equal(
            [
                new TableHeader("Published number", CellAlignment.Left), new TableHeader("Where in the paper", CellAlignment.Left),
                new TableHeader("Paper (± tolerance)", CellAlignment.Right), new TableHeader("Snapshot", CellAlignment.Right),
                new TableHeader("Result", CellAlignment.Left),
            ],
            table.Headers);
        Assert.Equal(
            [
                ["Mean score", "Table 5", "52.1 ± 0.1", "52.08", "holds"],
                ["Share, open", "Section 4, \"Openness\"", "0.4 ± 0.1", "0.65", "differs"],
            ],
            table.Rows);
    }

    [Fact]
    public void The_snapshot_table_and_lines_list_the_snapshot_checks_only()
    {
        var table = ChecksTable.Snapshot(Results);

        Assert.Equal(
            [
                new TableHeader("Snapshot check", CellAlignment.Left), new TableHeader("Expected", CellAlignment.Right),
                new TableHeader("Snapshot", CellAlignment.Right), new TableHeader("Result", CellAlignment.Left),
            ],
            table.Headers);
        Assert.Equal([["Models after cleaning", "6710", "6700", "differs"]], table.Rows);
        Assert.Equal(["Models after cleaning: expected 6710, snapshot 6700 (differs)"], ChecksTable.SnapshotChecks(Results));
    }

    [Theory]
    [InlineData(-52.081384, "-52.08")] // a negative number of 1 or more is rounded as a positive one
    [InlineData(-0.012634, "as written")] // a small one, of either sign, keeps its digits
    [InlineData(1.004, "1")] // 1 itself is among the rounded
    [InlineData(0.996, "as written")]
    public void A_value_is_rounded_to_two_decimals_when_it_is_1_or_more_in_size(double actual, string shown)
    {
        var result = new ExpectationResult("x", "any", "as written", true, new SourceLocation("paper.yaml", 1, 1), "k")
        {
            Numbers = new ExpectedNumbers(null, null, null, null, actual),
        };
        Assert.Equal(shown, ChecksTable.Snapshot([result]).Rows.Single()[2]);
    }

    [Fact]
    public void The_csv_keeps_every_result_with_its_kind_every_digit_and_where_it_was_declared()
    {
        var csv = Encoding.UTF8.GetString(ChecksTable.Csv(Results)!);

        Assert.Equal(
            "kind,where_published,check,expected,actual,holds,declared_at\r\n"
            + "published,Table 5,Mean score,52.1 ± 0.1,52.081384,True,paper.yaml:3:5\r\n"
            + "snapshot check,,Models after cleaning,6710,6700,False,paper.yaml:9:7\r\n"
            + "published,\"Section 4, \"\"Openness\"\"\",\"Share, open\",0.4 ± 0.1,0.65,False,paper.yaml:12:5\r\n",
            csv);
    }
}
