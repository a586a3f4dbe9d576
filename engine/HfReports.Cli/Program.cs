using System.CommandLine;
using HfReports.Cli.Commands;

namespace HfReports.Cli;

public static class Program
{
    public static int Main(string[] args) => CreateRoot().Parse(args).Invoke();

    /// <summary>The command tree; each command lives in its own file under Commands/.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("HfReports: YAML-driven research reports over a SQLite snapshot of the Open LLM Leaderboard.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        return root;
    }
}
