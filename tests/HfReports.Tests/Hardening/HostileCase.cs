namespace HfReports.Tests.Hardening;

/// <summary>
/// One hostile spec or data case and the exact outcome the engine must reach: a successful build
/// (PDF and HTML written, no errors) or an error whose message holds <see cref="Error"/>, reported
/// on the first line of report.yaml that contains <see cref="At"/> (or at <see cref="Where"/>, "file:line").
/// </summary>
/// <param name="Block">The YAML of the report's only block (a list item), indented as under `blocks:`.</param>
/// <param name="Files">More files of the report folder (templates, included specs, SQL).</param>
/// <param name="Frames">Named frames of the report, one YAML line.</param>
/// <param name="Prepare">Runs before the build with the report folder and an empty folder outside it (symbolic links, files outside).</param>
public sealed record HostileCase(string Name, string Block, string? Error = null, string? At = null,
    IReadOnlyDictionary<string, string>? Files = null, Action<string, string>? Prepare = null, string ReportId = "hostile", string? Frames = null, string? Where = null)
{
    public bool Succeeds => Error is null;

    public string ReportYaml => $"""
        report:
          id: "{ReportId}"
          title: Hostile input
        {FramesYaml}  sections:
            - title: Only
              blocks:
        {Indent(Block.Trim('\n'), 8)}

        """;

    public override string ToString() => Name;

    private string FramesYaml => Frames is null ? "" : $"  frames:\n    {Frames}\n";

    private static string Indent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(line => new string(' ', spaces) + line));
}
