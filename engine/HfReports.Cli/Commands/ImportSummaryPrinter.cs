using HfReports.Ingest.Import;

namespace HfReports.Cli.Commands;

/// <summary>The end-of-import report: per file rows read/kept/skipped/flagged and its warnings, then the snapshot's
/// warnings and the cleaned models per type.</summary>
public static class ImportSummaryPrinter
{
    public static void Print(ImportSummary summary, TextWriter output, TextWriter errors)
    {
        foreach (var file in summary.Files)
        {
            if (file.AlreadyImported)
            {
                output.WriteLine($"{file.FileName}: already imported{(file.AsOf is null ? "" : $" (as of {file.AsOf})")}; nothing changed");
                continue;
            }
            output.WriteLine($"{file.FileName}: {file.Format} ({file.Generation}), as of {file.AsOf}: {file.RowsRead:N0} rows read, {file.RowsKept:N0} kept, " +
                             $"{file.RowsSkipped:N0} skipped, {file.RowsFlagged:N0} flagged; {file.DistinctModels:N0} distinct models");
            if (file.RowsSkipped > 0)
                foreach (var row in file.SkippedRows ?? []) errors.WriteLine($"  skipped {row}");
            foreach (var warning in file.Warnings ?? []) errors.WriteLine($"warning: {warning}");
        }
        foreach (var warning in summary.Warnings) errors.WriteLine($"warning: {warning}");
        if (summary.NothingChanged)
        {
            output.WriteLine($"{summary.SnapshotPath}: unchanged");
            return;
        }
        output.WriteLine($"{summary.SnapshotPath}: current import as of {summary.CurrentAsOf}, {summary.CleanModels:N0} models after cleaning");
        foreach (var type in summary.CleanModelsPerType)
            output.WriteLine($"  {type.Models,7:N0}  {type.TypeLabel}");
    }

    /// <summary>--verbose: how long each step took, in the order they ran.</summary>
    public static void PrintSteps(ImportSummary summary, TextWriter errors)
    {
        var total = summary.Steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.Elapsed);
        foreach (var step in summary.Steps)
            errors.WriteLine($"  {step.Elapsed.TotalSeconds,7:F2} s  {step.Name}");
        errors.WriteLine($"  {total.TotalSeconds,7:F2} s  in all (without process start)");
    }
}
