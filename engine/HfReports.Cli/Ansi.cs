namespace HfReports.Cli;

/// <summary>The few ANSI colours the CLI uses; only written when <see cref="ConsoleSettings.Color"/> allows.</summary>
public static class Ansi
{
    public const string Red = "\u001b[31m";
    public const string Yellow = "\u001b[33m";
    public const string Green = "\u001b[32m";
    public const string Dim = "\u001b[2m";
    public const string Reset = "\u001b[0m";

    public static string Paint(string text, string color, ConsoleSettings settings) => settings.Color ? color + text + Reset : text;
}
