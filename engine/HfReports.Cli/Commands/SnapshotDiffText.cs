using System.Globalization;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;

namespace HfReports.Cli.Commands;

/// <summary>The diff as a short report for a CI log: a note first when the generations differ, the two snapshots, then
/// counts and a few examples per kind of change.</summary>
public static class SnapshotDiffText
{
    public static void Write(SnapshotDiff diff, int examples, TextWriter output)
    {
        if (diff.GenerationNote is { } note) output.WriteLine($"note: {note}");
        output.WriteLine($"old: {Printable.Escape(Describe(diff.Old))}");
        output.WriteLine($"new: {Printable.Escape(Describe(diff.New))}");
        var delta = diff.New.Models - diff.Old.Models;
        output.WriteLine($"models: {diff.Old.Models:N0} -> {diff.New.Models:N0} ({delta:+#,0;-#,0;0})");
        if (!diff.HasChanges)
        {
            output.WriteLine("no model changed");
            return;
        }
        Section(output, "added", diff.Added, examples, m => $"{m.FullName} ({Score(m.Average)}, {m.TypeShort})");
        Section(output, "removed", diff.Removed, examples, m => $"{m.FullName} ({Score(m.Average)}, {m.TypeShort})");
        if (diff.ScoresComparable)
            Section(output, $"re-scored (average changed by more than {SnapshotDiff.ScoreTolerance.ToString(CultureInfo.InvariantCulture)})",
                diff.Rescored, examples, c => $"{c.FullName}: {Score(c.Old)} -> {Score(c.New)}{Change(c.Old, c.New)}");
        else
            output.WriteLine($"re-scored: not compared (generations differ; {diff.ModelsOnBoth:N0} model{(diff.ModelsOnBoth == 1 ? "" : "s")} on both)");
        Section(output, "licence changed", diff.LicenceChanged, examples, c => $"{c.FullName}: {c.Old ?? "none"} -> {c.New ?? "none"}");
        Section(output, "type changed", diff.TypeChanged, examples, c => $"{c.FullName}: {c.Old} -> {c.New}");
    }

    private static string Describe(SnapshotSummary snapshot) =>
        $"{snapshot.Path} (created {snapshot.CreatedAt}{(snapshot.Synthetic ? ", synthetic" : "")}, leaderboard {snapshot.Generation ?? "none"}; " +
        $"{(snapshot.Sources.Count == 0 ? "no imports" : string.Join(", ", snapshot.Sources))})";

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, int examples, Func<T, string> describe)
    {
        output.WriteLine($"{title}: {items.Count:N0}");
        // Names and licences come from the snapshots: shown with their control characters escaped.
        foreach (var item in items.Take(examples)) output.WriteLine($"  {Printable.Escape(describe(item))}");
        if (items.Count > examples && examples > 0) output.WriteLine($"  ... and {items.Count - examples:N0} more");
    }

    private static string Score(double? average) => average?.ToString("0.00", CultureInfo.InvariantCulture) ?? "no average";

    private static string Change(double? before, double? after) =>
        before is { } b && after is { } a ? $" ({(a - b).ToString("+0.00;-0.00", CultureInfo.InvariantCulture)})" : "";
}
