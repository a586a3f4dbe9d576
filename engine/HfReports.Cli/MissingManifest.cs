namespace HfReports.Cli;

/// <summary>What build, check and serve say when the manifest they were given (or reports.yaml) is not there: the same
/// words and exit code everywhere, pointing at `hfreports init`.</summary>
public static class MissingManifest
{
    /// <summary>Prints the message and returns the usage exit code when the manifest is missing; null when it exists.</summary>
    public static int? Check(string manifestPath)
    {
        if (File.Exists(manifestPath)) return null;
        if (manifestPath.StartsWith('-'))
        {
            // An option this command does not know, taken for the manifest argument.
            Console.Error.WriteLine($"error: unknown option '{Engine.Spec.Printable.Escape(manifestPath)}'; see --help");
            return ExitCodes.Usage;
        }
        var where = DisplayPath.Of(Path.GetFullPath(manifestPath));
        Console.Error.WriteLine(Directory.Exists(manifestPath)
            ? $"error: '{where}' is a folder; name the manifest in it (for example {Path.Combine(manifestPath, "reports.yaml")})"
            : $"error: no manifest at {where}");
        Console.Error.WriteLine("  start a project with `hfreports init my-report`, or name an existing manifest: hfreports build path/to/reports.yaml");
        return ExitCodes.Usage;
    }
}
