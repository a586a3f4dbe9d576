using HfReports.Engine.Spec;

namespace HfReports.Cli;

/// <summary>Prints diagnostics one per line (file:line:column: severity: message [key] (hint)) and says how many.</summary>
public static class DiagnosticPrinter
{
    /// <returns>The exit code the diagnostics call for.</returns>
    public static int Print(IReadOnlyList<Diagnostic> diagnostics) => Print(diagnostics, ConsoleSettings.Plain);

    /// <summary>Errors always; warnings unless quiet; severities coloured on a terminal.</summary>
    /// <returns>The exit code the diagnostics call for.</returns>
    public static int Print(IReadOnlyList<Diagnostic> diagnostics, ConsoleSettings settings)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (settings.Quiet && diagnostic.Severity != Severity.Error) continue;
            Console.Error.WriteLine(settings.Color ? Colored(diagnostic) : Printable.Escape(diagnostic.ToString()));
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
            Console.Error.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
        return errors > 0 ? ExitCodes.ReportErrors : ExitCodes.Success;
    }

    private static string Colored(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant() + ":";
        var color = diagnostic.Severity == Severity.Error ? Ansi.Red : Ansi.Yellow;
        var text = Printable.Escape(diagnostic.ToString());
        var at = text.IndexOf(severity, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + color + severity + Ansi.Reset + text[(at + severity.Length)..];
    }
}
