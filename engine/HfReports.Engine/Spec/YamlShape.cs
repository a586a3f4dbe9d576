using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HfReports.Engine.Spec;

/// <summary>
/// Checks a spec file's shape before its node tree is built: how deep it nests and how many nodes it holds once
/// every alias is expanded. Both are found from YamlDotNet's event stream, which its parser produces without
/// recursion; the node tree that follows is built recursively (a file nested 50,000 deep would overflow the
/// stack) and walked with aliases expanded (a few hundred bytes of aliases can stand for 10^8 nodes).
/// </summary>
internal static class YamlShape
{
    /// <summary>The most bytes a spec file may have.</summary>
    public const int MaxFileBytes = 2 * 1024 * 1024;

    /// <summary>The deepest nesting of lists and mappings in a spec file.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes a spec file may stand for once every alias is expanded.</summary>
    public const int MaxExpandedNodes = 100_000;

    /// <returns>Null when the text is within the limits, else the problem and where it is. A syntax error is left to the full
    /// parse, but for an unclosed { or [, which stops YamlDotNet's scanner without a YamlException.</returns>
    public static (string Message, Mark At)? Check(string text)
    {
        var parser = new Parser(new StringReader(text));
        // One count per open collection: the nodes it holds so far, aliases expanded.
        var open = new Stack<(long Nodes, string? Anchor)>();
        // Where each open collection starts, and the bracket that closes it ('\0' for a block collection).
        var starts = new Stack<(char Close, Mark At)>();
        var anchored = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case SequenceStart or MappingStart:
                        if (open.Count >= MaxDepth)
                            return ($"the YAML nests more than {MaxDepth} levels deep; a spec needs far fewer", current.Start);
                        open.Push((1, ((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value));
                        starts.Push((current switch
                        {
                            MappingStart { Style: MappingStyle.Flow } => '}',
                            SequenceStart { Style: SequenceStyle.Flow } => ']',
                            _ => '\0',
                        }, current.Start));
                        break;
                    case SequenceEnd or MappingEnd:
                        starts.Pop();
                        var (nodes, anchor) = open.Pop();
                        if (anchor is not null) anchored[anchor] = nodes;
                        if (Add(open, ref total, nodes) is { } tooMany) return (tooMany, current.Start);
                        break;
                    case Scalar scalar:
                        if (!scalar.Anchor.IsEmpty) anchored[scalar.Anchor.Value] = 1;
                        if (Add(open, ref total, 1) is { } tooManyScalars) return (tooManyScalars, current.Start);
                        break;
                    case AnchorAlias alias:
                        var size = anchored.GetValueOrDefault(alias.Value.Value, 1);
                        if (Add(open, ref total, size) is { } tooManyAliased) return (tooManyAliased, current.Start);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null; // the full parse reports it, with its position
        }
        catch (InvalidOperationException) when (starts.FirstOrDefault(s => s.Close != '\0') is { Close: not '\0' } flow)
        {
            // YamlDotNet's scanner fails this way on a { or [ left open across lines.
            var opening = flow.Close == '}' ? '{' : '[';
            return ($"YAML syntax error: the '{opening}' here is never closed; end it with '{flow.Close}' (or write the values as an indented block)", flow.At);
        }
        return null;
    }

    private static string? Add(Stack<(long Nodes, string? Anchor)> open, ref long total, long nodes)
    {
        if (open.Count == 0)
        {
            total += nodes;
        }
        else
        {
            var (count, anchor) = open.Pop();
            open.Push((count + nodes, anchor));
        }
        var reached = open.Count == 0 ? total : open.Sum(o => o.Nodes) + total;
        return reached > MaxExpandedNodes
            ? $"the YAML stands for more than {MaxExpandedNodes:N0} values once its aliases (*name) are expanded; write the values out or use fewer aliases"
            : null;
    }
}
