using System.CommandLine;

namespace HfReports.Cli;

public enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}

/// <summary>
/// How a command talks to the console: how much it says, and whether it may colour or animate.
/// Colour and progress only go to a terminal (never into a CI log or a pipe); NO_COLOR and
/// --no-color turn colour off even there.
/// </summary>
public sealed record ConsoleSettings(Verbosity Verbosity, bool Color, bool Progress)
{
    public static ConsoleSettings Plain { get; } = new(Verbosity.Normal, false, false);

    public bool Quiet => Verbosity == Verbosity.Quiet;
    public bool Verbose => Verbosity == Verbosity.Verbose;

    public static ConsoleSettings From(ParseResult parse)
    {
        var verbosity = Flag(parse, GlobalOptions.Quiet) ? Verbosity.Quiet
            : Flag(parse, GlobalOptions.Verbose) ? Verbosity.Verbose
            : Verbosity.Normal;
        var terminal = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
        return Decide(verbosity, terminal, Flag(parse, GlobalOptions.NoColor), Environment.GetEnvironmentVariable("NO_COLOR"));
    }

    /// <summary>The rule itself: colour needs a terminal and neither --no-color nor a non-empty NO_COLOR
    /// (no-color.org); progress needs a terminal and not --quiet.</summary>
    public static ConsoleSettings Decide(Verbosity verbosity, bool terminal, bool noColorOption, string? noColorVariable) =>
        new(verbosity,
            Color: terminal && !noColorOption && string.IsNullOrEmpty(noColorVariable),
            Progress: terminal && verbosity != Verbosity.Quiet);

    private static bool Flag(ParseResult parse, string name)
    {
        try
        {
            return parse.GetValue<bool>(name);
        }
        catch (InvalidOperationException)
        {
            return false; // a command parsed outside the root (tests of a single command) has no global options
        }
    }
}
