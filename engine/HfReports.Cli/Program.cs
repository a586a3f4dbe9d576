using System.CommandLine;
using System.Reflection;
using HfReports.Cli.Commands;

namespace HfReports.Cli;

public static class Program
{
    /// <summary>When Main began, so `build --verbose` can tell the runtime's start-up from the build.</summary>
    public static long MainStarted { get; private set; }

    public static int Main(string[] args)
    {
        MainStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        // `--version` alone answers before the command tree is built: its options and their generic types are most of
        // the command's start-up. The text is what System.CommandLine prints (the informational version).
        if (args is ["--version"])
        {
            Console.Out.WriteLine(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
            return ExitCodes.Success;
        }
        // A statement SQLite could not interrupt within its grace (inside one long function call): the diagnostic, then
        // the process ends, as a hang past the limit is the one thing a build may not do. Queries run before any output
        // is staged, and the output folder's lock is the operating system's, so nothing is left half written.
        Engine.Query.QueryWatch.Overran = overrun =>
        {
            DiagnosticPrinter.Print([overrun.Diagnostic]);
            Console.Error.Flush();
            Environment.Exit(overrun.ExitCode);
        };
        var parse = CreateRoot().Parse(args);
        var code = parse.Invoke();
        // A command line that does not parse is a usage error (2), not System.CommandLine's default 1.
        return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
    }

    /// <summary>The command tree; each command lives in its own file under Commands/.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("HfReports: YAML-driven research reports over a SQLite snapshot of the Open LLM Leaderboard.");
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        return root;
    }
}
