using System.CommandLine;
using HfReports.Engine.Publishing;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports init [folder]`: writes a starter project that builds at once on the demo snapshot: a manifest,
/// one report (text, a figure, a table, expectations), the JSON Schemas the specs name, a .gitignore and a GitHub
/// workflow. The files are embedded in the tool, so nothing is downloaded.</summary>
public static class InitCommand
{
    /// <summary>Each file of the starter: its embedded resource and where it goes in the new project.</summary>
    private static readonly (string Resource, string Path)[] Files =
    [
        ("starter/reports.yaml", "reports.yaml"),
        ("starter/report.yaml", "report.yaml"),
        ("starter/gitignore", ".gitignore"),
        ("starter/workflow.yml", ".github/workflows/report.yml"),
        ("schema/manifest.schema.json", "schema/manifest.schema.json"),
        ("schema/report.schema.json", "schema/report.schema.json"),
    ];

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder to create the project in (default: the current folder).", DefaultValueFactory = _ => "." };
        var force = new Option<bool>("--force") { Description = "Write the starter into a folder that is not empty (files of the same name are replaced)." };
        var command = new Command("init", "Create a starter project (manifest, one report, schemas, .gitignore, GitHub workflow) that builds at once.") { folder, force };
        command.SetAction(parse => Run(parse.GetValue(folder)!, parse.GetValue(force), ConsoleSettings.From(parse)));
        return command;
    }

    private static int Run(string folder, bool force, ConsoleSettings settings)
    {
        var target = Path.GetFullPath(folder);
        if (File.Exists(target))
            return Usage($"'{folder}' is a file, not a folder");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !force)
            return Usage($"'{DisplayPath.Of(target)}' is not empty; choose a new folder (hfreports init my-report) or add --force to write the starter into it");
        foreach (var (resource, path) in Files)
        {
            var destination = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, Read(resource).Replace("{{version}}", EngineVersion.Current.Version), new System.Text.UTF8Encoding(false));
        }
        if (!settings.Quiet)
        {
            var cd = folder == "." ? "" : $"cd {folder} && ";
            Console.Error.WriteLine($"created a report project in {DisplayPath.Of(target)}: reports.yaml, report.yaml, schema/, .gitignore, .github/workflows/report.yml");
            Console.Error.WriteLine($"next: {cd}hfreports build      (PDF and HTML in out/; the demo snapshot is generated on first use)");
            Console.Error.WriteLine("      hfreports serve      (a live preview in the browser while you edit report.yaml)");
        }
        return ExitCodes.Success;
    }

    /// <summary>An embedded starter file.</summary>
    public static string Read(string resource)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the tool was built without its starter file '{resource}'");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }
}
