using System.CommandLine;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports snapshot ...`: the builders of snapshot files.</summary>
public static class SnapshotCommand
{
    public static Command Create()
    {
        var command = new Command("snapshot", "Build snapshot files: demo data, leaderboard imports, Hub enrichment.");
        command.Subcommands.Add(DemoCommand.Create());
        command.Subcommands.Add(ImportCommand.Create());
        command.Subcommands.Add(FakeExportCommand.Create());
        command.Subcommands.Add(EnrichCommand.Create());
        command.Subcommands.Add(CopyCommand.Create());
        command.Subcommands.Add(UpgradeCommand.Create());
        return command;
    }
}
