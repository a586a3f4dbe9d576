using System.CommandLine;
using HfReports.Engine.Spec;
using HfReports.Ingest.Demo;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports snapshot demo`: writes the deterministic synthetic snapshot.</summary>
public static class DemoCommand
{
    public const string DefaultPath = "data/demo.db";

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where to write the snapshot.", DefaultValueFactory = _ => DefaultPath };
        var models = new Option<int>("--models") { Description = "Number of distinct models.", DefaultValueFactory = _ => DemoOptions.DefaultModels };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same bytes.", DefaultValueFactory = _ => DemoOptions.DefaultSeed };
        var command = new Command("demo", "Write a deterministic synthetic snapshot (clearly marked as synthetic demo data).")
        {
            output, models, seed,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(models);
            if (count < 100)
            {
                Console.Error.WriteLine($"error: --models must be at least 100 (got {count})");
                return ExitCodes.Usage;
            }
            var path = parse.GetValue(output)!;
            var settings = ConsoleSettings.From(parse);
            using var interruption = new Interruption();
            DemoSummary summary;
            try
            {
                var options = new DemoOptions(count, parse.GetValue(seed));
                summary = SnapshotLocation.EngineOf(path) switch
                {
                    // Written natively with DuckDB's appender: a large demo is never staged in SQLite.
                    SnapshotEngine.DuckDb => Generate(settings, progress =>
                    {
                        using var target = new Backends.DuckDbDemoTarget(path);
                        return DemoSnapshotGenerator.Write(target, path, options, interruption.Token, progress);
                    }),
                    SnapshotEngine.Sqlite => Generate(settings, progress => DemoSnapshotGenerator.Write(path, options, interruption.Token, progress)),
                    // A PostgreSQL demo is generated as SQLite and copied (replacing the one there).
                    _ => Backends.SnapshotTransfer.Write(path, replace: true,
                        staged => Generate(settings, progress => DemoSnapshotGenerator.Write(staged, options, interruption.Token, progress)),
                        interruption.Token) with
                    { Path = path },
                };
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"interrupted: no demo snapshot was written; {path} is left as it was");
                return ExitCodes.Cancelled;
            }
            if (!settings.Quiet)
                Console.WriteLine($"wrote {summary.Path}: {summary.Models} models, {summary.Entries} leaderboard entries, {summary.Authors} commit authors (synthetic demo data)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static DemoSummary Generate(ConsoleSettings settings, Func<Action<Ingest.Snapshot.SnapshotProgress>?, DemoSummary> write) =>
        settings.Progress ? StepProgress.Run(progress => write(progress)) : write(null);
}
