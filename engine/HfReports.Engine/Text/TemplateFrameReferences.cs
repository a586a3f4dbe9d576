using System.Text.RegularExpressions;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Text;

/// <summary>
/// `check` reads every `frames.X[i].col` (and `frames.X[i]["col"]`) in a template's text, whether or not the branch
/// holding it runs on this snapshot, and resolves it against the frame's columns: a misspelt column is an error at its
/// file:line:column with the nearest column name, before it can print "Most models are small: % of ...".
/// </summary>
public static partial class TemplateFrameReferences
{
    /// <returns>The locations reported, so a render of the same template does not report them twice.</returns>
    public static HashSet<SourceLocation> Check(string template, SourceLocation start, string keyPath, IReadOnlyDictionary<string, Frame> frames,
        DiagnosticBag diagnostics)
    {
        var reported = new HashSet<SourceLocation>();
        foreach (Match match in Reference().Matches(template))
        {
            var frameName = match.Groups["frame"].Value;
            var column = match.Groups["column"].Success ? match.Groups["column"].Value : match.Groups["quoted"].Value;
            var columnGroup = match.Groups["column"].Success ? match.Groups["column"] : match.Groups["quoted"];
            if (!frames.TryGetValue(frameName, out var frame) || frame.Has(column)) continue;
            var location = Locate(template, columnGroup.Index, start);
            reported.Add(location);
            diagnostics.Error($"template reads column '{column}' of frame '{frameName}', which has: {string.Join(", ", frame.ColumnNames)}",
                location, keyPath, Suggestions.DidYouMean(column, frame.ColumnNames));
        }
        return reported;
    }

    private static SourceLocation Locate(string template, int index, SourceLocation start)
    {
        var line = template.AsSpan(0, index).Count('\n');
        var column = index - (template.LastIndexOf('\n', Math.Max(0, index - 1)) + 1);
        if (index > 0 && template[index - 1] == '\n') column = 0;
        var position = new Scriban.Parsing.TextPosition(index, line, column);
        return TemplateRenderer.At(start, new Scriban.Parsing.SourceSpan(start.File, position, position), null);
    }

    [GeneratedRegex(@"frames\.(?<frame>[A-Za-z_]\w*)\s*\[[^\]]*\]\s*(?:\.(?<column>[A-Za-z_]\w*)|\[\s*""(?<quoted>[^""]+)""\s*\])")]
    private static partial Regex Reference();
}
