using System.CommandLine;
using HfReports.Cli.Commands;

namespace HfReports.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var parse = CreateRoot().Parse(args);
        var code = parse.Invoke();
        // System.CommandLine reports parse errors with 1; the documented code for a wrong command line is 2.
        return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
    }

    /// <summary>The command tree; each command lives in its own file under Commands/.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("HfReports: YAML-driven research reports over a SQLite snapshot of the Open LLM Leaderboard.");
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        return root;
    }
}
