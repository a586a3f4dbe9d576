using System.CommandLine;

namespace HfReports.Cli;

/// <summary>`--format text|json`: text for people (stderr/stdout as usual), json for machines (one JSON document on stdout).</summary>
public static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";

    public static Option<string> Create()
    {
        var option = new Option<string>("--format") { Description = "Result format: text or json (one JSON document on stdout).", DefaultValueFactory = _ => Text };
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }
}
