using System.CommandLine;
using HfReports.Engine.Spec;
using HfReports.Ingest.Import;
using HfReports.Ingest.Snapshot;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports snapshot upgrade`: brings a SQLite snapshot made by an earlier hfreports to the current schema in place.</summary>
public static class UpgradeCommand
{
    public static Command Create()
    {
        var snapshot = new Argument<string>("snapshot") { Description = "The SQLite snapshot to upgrade (changed in place; every row is kept)." };
        var command = new Command("upgrade", $"Bring a SQLite snapshot of an earlier schema version to version {SnapshotSchema.Version} in place: every row is kept and the derived tables are added.") { snapshot };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(snapshot)!;
            if (SnapshotLocation.EngineOf(path) != SnapshotEngine.Sqlite)
            {
                Console.Error.WriteLine($"error: {path} is a {SnapshotLocation.Name(SnapshotLocation.EngineOf(path))} snapshot; upgrade the SQLite snapshot it was written from and write it again with `hfreports snapshot copy` (a demo: run `snapshot demo` again)");
                return ExitCodes.Usage;
            }
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: snapshot {path} does not exist");
                return ExitCodes.Environment;
            }
            using var interruption = new Interruption();
            int from;
            try
            {
                from = SchemaUpgrade.UpgradeFile(path, interruption.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"interrupted: {path} is left as it was");
                return ExitCodes.Cancelled;
            }
            catch (Exception problem) when (problem is ImportEnvironmentException or Microsoft.Data.Sqlite.SqliteException)
            {
                Console.Error.WriteLine($"error: {problem.Message}");
                return ExitCodes.Environment;
            }
            if (!ConsoleSettings.From(parse).Quiet)
                Console.WriteLine(from == SnapshotSchema.Version ? $"{path} is at schema version {from} already; nothing to do" : $"upgraded {path} from schema version {from} to {SnapshotSchema.Version}");
            return ExitCodes.Success;
        });
        return command;
    }
}
