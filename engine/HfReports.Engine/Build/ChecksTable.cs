using HfReports.Engine.Frames;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Build;

/// <summary>Expectation results as a table: what was checked, expected, found, and whether it holds.</summary>
public static class ChecksTable
{
    public static TableContent Content(IReadOnlyList<ExpectationResult> results) => new(
        [new TableHeader("Check", CellAlignment.Left), new TableHeader("Expected", CellAlignment.Right),
         new TableHeader("Actual", CellAlignment.Right), new TableHeader("Result", CellAlignment.Left)],
        results.Select(r => (IReadOnlyList<string>)[r.Description, r.Expected, r.Actual, r.Passed ? "holds" : "differs"]).ToArray());

    public static string Csv(IReadOnlyList<ExpectationResult> results) => CsvWriter.Write(new Frame(
    [
        new FrameColumn("check", ColumnType.Text, results.Select(r => (object?)r.Description).ToArray()),
        new FrameColumn("expected", ColumnType.Text, results.Select(r => (object?)r.Expected).ToArray()),
        new FrameColumn("actual", ColumnType.Text, results.Select(r => (object?)r.Actual).ToArray()),
        new FrameColumn("holds", ColumnType.Boolean, results.Select(r => (object?)r.Passed).ToArray()),
        new FrameColumn("declared_at", ColumnType.Text, results.Select(r => (object?)r.Location.ToString()).ToArray()),
    ]));
}
