using HfReports.Engine.Spec;

namespace HfReports.Cli;

/// <summary>Prints diagnostics one per line (file:line:column: severity: message [key] (hint)) and says how many.</summary>
public static class DiagnosticPrinter
{
    /// <returns>The exit code the diagnostics call for.</returns>
    public static int Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            Console.Error.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
            Console.Error.WriteLine($"{errors} error(s), {diagnostics.Count - errors} warning(s)");
        return errors > 0 ? ExitCodes.ReportErrors : ExitCodes.Success;
    }
}
