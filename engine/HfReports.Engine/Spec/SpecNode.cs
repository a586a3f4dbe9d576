using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HfReports.Engine.Spec;

/// <summary>A YAML node together with the file it came from and its key path, so every
/// value read from a spec can be reported precisely.</summary>
internal sealed class SpecNode
{
    public YamlNode Node { get; }
    public string File { get; }
    public string KeyPath { get; }

    /// <summary>The lines of the file, to find where a block scalar's text begins on its line; null: column 1.</summary>
    private readonly string[]? _lines;

    public SpecNode(YamlNode node, string file, string keyPath, string[]? lines = null)
    {
        Node = node;
        File = file;
        KeyPath = keyPath;
        _lines = lines;
    }

    public SourceLocation Location => new(File, (int)Node.Start.Line, (int)Node.Start.Column);

    /// <summary>Where a scalar's text itself begins: block scalars (| and >) on the line after their indicator, at its
    /// indentation (which YAML strips from every line), quoted scalars one column after the quote; other nodes where
    /// they start. Template positions count from here.</summary>
    public SourceLocation ContentStart => Node is YamlScalarNode scalar
        ? scalar.Style switch
        {
            ScalarStyle.Literal or ScalarStyle.Folded => new SourceLocation(File, Location.Line + 1, BlockIndentation() + 1),
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => Location with { Column = Location.Column + 1 },
            _ => Location,
        }
        : Location;

    /// <summary>The indentation of a block scalar's first line that is not blank (YAML's rule for its indentation).</summary>
    private int BlockIndentation()
    {
        if (_lines is null) return 0;
        for (var line = Location.Line; line < _lines.Length; line++) // Location.Line is 1-based: this is the next line
        {
            var text = _lines[line];
            if (text.Trim().Length > 0) return text.Length - text.TrimStart(' ').Length;
        }
        return 0;
    }

    public bool IsScalar => Node is YamlScalarNode;
    public bool IsMapping => Node is YamlMappingNode;
    public bool IsSequence => Node is YamlSequenceNode;

    /// <summary>A short name of the node's kind for messages ("a mapping", "a list", "a text value").</summary>
    public string KindName => Node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" } => "nothing (null)",
        _ => $"the value '{Text}'",
    };

    public string Text => (Node as YamlScalarNode)?.Value ?? "";

    public bool IsNull => Node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>The scalar as a typed value, resolving plain scalars like YAML 1.2's core schema
    /// (integers, reals, booleans, null); quoted scalars stay text.</summary>
    public object? ScalarValue()
    {
        if (Node is not YamlScalarNode scalar) return null;
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return text;
        if (IsNull) return null;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && text.Any(char.IsDigit)) return d;
        if (text is "true" or "True" or "TRUE") return true;
        if (text is "false" or "False" or "FALSE") return false;
        return text;
    }

    public IEnumerable<SpecNode> Items() => Node is YamlSequenceNode sequence
        ? sequence.Children.Select((child, i) => new SpecNode(child, File, $"{KeyPath}[{i}]", _lines))
        : [];

    public IEnumerable<(string Key, SpecNode KeyNode, SpecNode Value)> Entries() => Node is YamlMappingNode mapping
        ? mapping.Children.Select(entry =>
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? "";
            return (key, new SpecNode(entry.Key, File, Join(KeyPath, key), _lines), new SpecNode(entry.Value, File, Join(KeyPath, key), _lines));
        })
        : [];

    public static string Join(string path, string key) => string.IsNullOrEmpty(path) ? key : $"{path}.{key}";
}
