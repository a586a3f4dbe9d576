using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HfReports.Engine.Spec;

/// <summary>Loads one YAML spec file into a node tree; syntax errors become diagnostics with their position.</summary>
internal static class SpecFile
{
    /// <param name="path">The file to read.</param>
    /// <param name="displayPath">How the file is named in diagnostics (relative to the manifest).</param>
    /// <param name="includedFrom">Where the file is named (an include or the manifest's report list), for a missing file.</param>
    public static SpecNode? Load(string path, string displayPath, DiagnosticBag diagnostics, SourceLocation? includedFrom = null, string? includedKeyPath = null)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error($"file '{displayPath}' does not exist", includedFrom, includedKeyPath, Suggestions.ForMissingFile(path, displayPath));
            return null;
        }
        if (new FileInfo(path).Length is var bytes && bytes > YamlShape.MaxFileBytes)
        {
            diagnostics.Error($"the file has {bytes:N0} bytes, more than the {YamlShape.MaxFileBytes:N0} a spec file may have", new SourceLocation(displayPath, 1, 1),
                suggestion: "split it with include:, or move long SQL to a sql: file");
            return null;
        }
        var text = File.ReadAllText(path);
        if (YamlShape.Check(text) is { } problem)
        {
            diagnostics.Error(problem.Message, new SourceLocation(displayPath, (int)problem.At.Line, (int)problem.At.Column));
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error($"YAML syntax error: {Clean(e)}", new SourceLocation(displayPath, (int)e.Start.Line, (int)e.Start.Column));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            diagnostics.Error("the file is empty", new SourceLocation(displayPath, 1, 1));
            return null;
        }
        return new SpecNode(stream.Documents[0].RootNode, displayPath, "", text.Split('\n'));
    }

    private static string Clean(YamlException e)
    {
        // YamlDotNet prefixes messages with the position, which the diagnostic already carries.
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }
}
