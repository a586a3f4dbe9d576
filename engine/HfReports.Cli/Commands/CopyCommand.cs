using System.CommandLine;

using HfReports.Engine.Spec;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports snapshot copy`: writes a SQLite snapshot to DuckDB or PostgreSQL, the same tables and rows.</summary>
public static class CopyCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("snapshot") { Description = "The SQLite snapshot to copy." };
        var output = new Option<string>("--out") { Description = "A .duckdb file or a PostgreSQL location (postgres://user@host:port/db); replaced whole.", Required = true };
        var command = new Command("copy", "Write a SQLite snapshot to DuckDB or PostgreSQL (the same schema, tables and rows).") { source, output };
        command.SetAction(parse =>
        {
            var (from, to) = (parse.GetValue(source)!, parse.GetValue(output)!);
            if (SnapshotLocation.EngineOf(from) != SnapshotEngine.Sqlite || !File.Exists(from))
            {
                Console.Error.WriteLine($"error: {from} is not a SQLite snapshot file; snapshot copy reads one");
                return ExitCodes.Usage;
            }
            if (SnapshotLocation.EngineOf(to) == SnapshotEngine.Sqlite)
            {
                Console.Error.WriteLine($"error: --out {to} is a SQLite file; copy writes a .duckdb file or a PostgreSQL location");
                return ExitCodes.Usage;
            }
            using var interruption = new Interruption();
            try
            {
                Backends.SnapshotTransfer.Copy(from, to, replace: true, interruption.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"interrupted: {to} is left as it was");
                return ExitCodes.Cancelled;
            }
            if (!ConsoleSettings.From(parse).Quiet) Console.WriteLine($"wrote {to}");
            return ExitCodes.Success;
        });
        return command;
    }
}
