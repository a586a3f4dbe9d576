using System.CommandLine;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;

namespace HfReports.Cli.Commands;

/// <summary>
/// `hfreports diff old.db new.db`: what changed between two snapshots (models added, removed,
/// re-scored, licences and types changed), so a CI job can say why this week's paper differs.
/// Differences are not failures: exit 0 either way, 3 when a snapshot cannot be read.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var oldSnapshot = new Argument<string>("old") { Description = "The earlier snapshot." };
        var newSnapshot = new Argument<string>("new") { Description = "The later snapshot." };
        var examples = new Option<int>("--examples") { Description = "How many examples to show per kind of change (text format).", DefaultValueFactory = _ => 10 };
        var format = OutputFormat.Create();
        var command = new Command("diff", "Show what changed between two snapshots: models added, removed, re-scored, licences and types changed.")
        {
            oldSnapshot, newSnapshot, examples, format,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(examples);
            if (count < 0)
            {
                Console.Error.WriteLine($"error: --examples must be 0 or more (got {count})");
                return ExitCodes.Usage;
            }
            var json = parse.GetValue(format) == OutputFormat.Json;
            SnapshotDiff diff;
            using var interruption = new Interruption();
            try
            {
                diff = SnapshotDiff.Compare(parse.GetValue(oldSnapshot)!, parse.GetValue(newSnapshot)!, interruption.Token);
            }
            catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
            {
                Console.Error.WriteLine("diff interrupted");
                return ExitCodes.Cancelled;
            }
            catch (SnapshotException e)
            {
                if (json)
                {
                    var report = new JsonReport("diff");
                    report.AddError(e.Message);
                    return report.Write(ExitCodes.Environment);
                }
                Console.Error.WriteLine($"error: {Printable.Escape(e.Message)}");
                return ExitCodes.Environment;
            }
            if (json) SnapshotDiffJson.Write(diff, Console.Out);
            else if (!ConsoleSettings.From(parse).Quiet) SnapshotDiffText.Write(diff, count, Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}
