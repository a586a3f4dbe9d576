using System.CommandLine;

namespace HfReports.Cli;

/// <summary>--quiet, --verbose and --no-color: accepted by every command (recursive options on the root).</summary>
public static class GlobalOptions
{
    public const string Quiet = "--quiet";
    public const string Verbose = "--verbose";
    public const string NoColor = "--no-color";

    public static void AddTo(RootCommand root)
    {
        var quiet = new Option<bool>(Quiet, "-q") { Description = "Print only errors (and the result on stdout for --format json).", Recursive = true };
        var verbose = new Option<bool>(Verbose, "-v") { Description = "Also print what is being read and how long each step took.", Recursive = true };
        quiet.Validators.Add(result =>
        {
            // Validators also run for an option left out (its implicit default): only two given flags clash.
            if (!result.Implicit && result.GetResult(verbose) is { Implicit: false })
                result.AddError($"{Quiet} and {Verbose} cannot be used together");
        });
        root.Options.Add(quiet);
        root.Options.Add(verbose);
        root.Options.Add(new Option<bool>(NoColor) { Description = "Never colour the output (also: the NO_COLOR environment variable).", Recursive = true });
    }
}
