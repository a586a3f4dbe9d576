using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Document;

/// <summary>
/// Expectation results for a reproduction appendix, in two kinds that never mix: published numbers (as the paper
/// prints them, with where) in a table, and checks of the snapshot itself (counts of this export, sanity bounds)
/// in a separate list, so nothing reads as the paper's unless the paper prints it.
/// </summary>
internal static class ChecksTable
{
    public static TableContent Published(IReadOnlyList<ExpectationResult> results) => new(
        [new TableHeader("Published number", CellAlignment.Left), new TableHeader("Where in the paper", CellAlignment.Left),
         new TableHeader("Paper (± tolerance)", CellAlignment.Right), new TableHeader("Snapshot", CellAlignment.Right),
         new TableHeader("Result", CellAlignment.Left)],
        results.Where(r => r.Published is not null)
            .Select(r => (IReadOnlyList<string>)[r.Description, r.Published!, r.Expected, Shown(r), Outcome(r)]).ToArray());

    /// <summary>The snapshot checks as the numbered table, for a report that reproduces no published number.</summary>
    public static TableContent Snapshot(IReadOnlyList<ExpectationResult> results) => new(
        [new TableHeader("Snapshot check", CellAlignment.Left), new TableHeader("Expected", CellAlignment.Right),
         new TableHeader("Snapshot", CellAlignment.Right), new TableHeader("Result", CellAlignment.Left)],
        results.Where(r => r.Published is null).Select(r => (IReadOnlyList<string>)[r.Description, r.Expected, Shown(r), Outcome(r)]).ToArray());

    /// <summary>One line per snapshot check: "Models after cleaning: expected 6710, snapshot 6710 (holds)".</summary>
    public static IEnumerable<string> SnapshotChecks(IReadOnlyList<ExpectationResult> results) =>
        results.Where(r => r.Published is null).Select(r => $"{r.Description}: expected {r.Expected}, snapshot {Shown(r)} ({Outcome(r)})");

    private static string Outcome(ExpectationResult result) => result.Passed ? "holds" : "differs";

    /// <summary>The snapshot's value as a reader compares it: to the decimals the expected number is written with
    /// (81.00 beside 81.00); else a number of 1 or more to two decimals, as the paper prints its numbers (52.08, not
    /// 52.081384), and a smaller one, such as a ratio, keeps its digits. The CSV keeps them all.</summary>
    private static string Shown(ExpectationResult result) =>
        result.Numbers?.Actual is { } written && result.Decimals is { } decimals
            ? written.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture)
        : result.Numbers?.Actual is { } actual && Math.Abs(actual) >= 1 && Math.Round(actual, 2) != actual
            ? actual.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)
            : result.Actual;

    public static byte[]? Csv(IReadOnlyList<ExpectationResult> results) => CsvWriter.Write(new Frame(
    [
        new FrameColumn("kind", ColumnType.Text, results.Select(r => (object?)(r.Published is null ? "snapshot check" : "published")).ToArray()),
        new FrameColumn("where_published", ColumnType.Text, results.Select(r => (object?)r.Published).ToArray()),
        new FrameColumn("check", ColumnType.Text, results.Select(r => (object?)r.Description).ToArray()),
        new FrameColumn("expected", ColumnType.Text, results.Select(r => (object?)r.Expected).ToArray()),
        new FrameColumn("actual", ColumnType.Text, results.Select(r => (object?)r.Actual).ToArray()),
        new FrameColumn("holds", ColumnType.Boolean, results.Select(r => (object?)r.Passed).ToArray()),
        new FrameColumn("declared_at", ColumnType.Text, results.Select(r => (object?)r.Location.ToString()).ToArray()),
    ]));
}
