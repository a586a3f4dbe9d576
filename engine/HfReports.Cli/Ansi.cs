namespace HfReports.Cli;

/// <summary>The few ANSI colours the CLI uses; only written when <see cref="ConsoleSettings.Color"/> allows.</summary>
public static class Ansi
{
    public const string Red = "\u001b[31m";
    public const string Yellow = "\u001b[33m";
    public const string Reset = "\u001b[0m";
}
