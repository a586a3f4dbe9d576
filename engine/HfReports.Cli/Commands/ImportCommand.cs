using System.CommandLine;
using HfReports.Engine.Document;
using HfReports.Engine.Spec;
using HfReports.Ingest.Import;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports snapshot import`: turns leaderboard exports into (dated imports of) a snapshot.</summary>
public static class ImportCommand
{
    public const string DefaultPath = "data/snapshot.db";

    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Leaderboard exports (v1 CSV, v2 flattened CSV, legacy v2 CSV).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The snapshot to create or add to.", DefaultValueFactory = _ => DefaultPath };
        var asOf = new Option<string?>("--as-of") { Description = "Date the export was taken (YYYY-MM-DD); default: the date in the file name, else the newest submission." };
        var force = new Option<bool>("--force") { Description = "Replace an existing snapshot with one built from these files only." };
        var skipBadRows = new Option<bool>("--skip-bad-rows") { Description = "Import the good rows and report how many were skipped." };
        var command = new Command("import", "Import leaderboard exports into a snapshot; each file becomes a dated import.")
        {
            files, output, asOf, force, skipBadRows,
        };
        command.SetAction(parse =>
        {
            var options = new ImportOptions(parse.GetValue(files)!, parse.GetValue(output)!, parse.GetValue(asOf),
                parse.GetValue(force), parse.GetValue(skipBadRows), ImportedAt());
            return Run(options, ConsoleSettings.From(parse));
        });
        return command;
    }

    /// <summary>SOURCE_DATE_EPOCH, when set, is what the import records as its time (reproducible snapshots).</summary>
    private static DateTime? ImportedAt()
    {
        var value = Environment.GetEnvironmentVariable(BuildDate.Variable);
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (BuildDate.Parse(value) is { } date) return date;
        Console.Error.WriteLine($"warning: {BuildDate.Variable}='{value}' is not a count of seconds since 1970-01-01; the import records the current time ({BuildDate.Suggestion})");
        return null;
    }

    private static int Run(ImportOptions options, ConsoleSettings settings)
    {
        using var interruption = new Interruption();
        try
        {
            // DuckDB and PostgreSQL snapshots are built as SQLite, with the same rules, then written to the engine named.
            var summary = Backends.SnapshotTransfer.Write(options.OutPath, options.Force, staged =>
            {
                var run = options with { OutPath = staged };
                return settings.Progress ? RunWithProgress(run, interruption.Token) : SnapshotImporter.Run(run, cancellation: interruption.Token);
            }, interruption.Token) is var written && Engine.Spec.SnapshotLocation.EngineOf(options.OutPath) == Engine.Spec.SnapshotEngine.Sqlite
                ? written
                : written with { SnapshotPath = options.OutPath };
            if (!settings.Quiet) ImportSummaryPrinter.Print(summary, Console.Out, Console.Error);
            if (settings.Verbose) ImportSummaryPrinter.PrintSteps(summary, Console.Error);
            return ExitCodes.Success;
        }
        catch (ArgumentException problem)
        {
            Console.Error.WriteLine($"error: {Printable.Escape(problem.Message)}");
            return ExitCodes.Usage;
        }
        catch (ImportEnvironmentException problem)
        {
            Console.Error.WriteLine($"error: {Printable.Escape(problem.Message)}");
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"interrupted: nothing was imported; {options.OutPath} is left as it was");
            return ExitCodes.Cancelled;
        }
        catch (ImportDataException problem)
        {
            Console.Error.WriteLine($"error: {Printable.Escape(problem.Message)}");
            foreach (var detail in problem.Details) Console.Error.WriteLine($"  {detail}");
            return ExitCodes.BadData;
        }
    }

    /// <summary>A progress bar per file, then a spinner for each later step (cleaning a million entries takes seconds).</summary>
    private static ImportSummary RunWithProgress(ImportOptions options, CancellationToken cancellation) =>
        StepProgress.Run(progress => SnapshotImporter.Run(options, progress, cancellation));
}
