using System.Globalization;

namespace HfReports.Engine.Spec;

/// <summary>
/// Reads the keys of one YAML mapping against the keys it may have: wrong types, missing
/// required keys and unknown keys (with "did you mean") all become diagnostics, and reading
/// carries on so that one pass finds every problem.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, (SpecNode Key, SpecNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly string[] _knownKeys;
    private readonly List<string> _unknownKeys = [];

    public SpecNode Node { get; }
    public DiagnosticBag Diagnostics { get; }
    public string What { get; }

    /// <param name="what">What the mapping is, for messages ("a figure", "the chart").</param>
    public MappingReader(SpecNode node, DiagnosticBag diagnostics, string what, params string[] knownKeys)
    {
        Node = node;
        Diagnostics = diagnostics;
        What = what;
        _knownKeys = knownKeys;
        if (!node.IsMapping)
        {
            diagnostics.Error($"{what} must be a mapping of keys to values, found {node.KindName}", node.Location, node.KeyPath);
            return;
        }
        foreach (var (key, keyNode, value) in node.Entries())
        {
            if (!_entries.TryAdd(key, (keyNode, value)))
                diagnostics.Error($"key '{key}' appears twice in {what}", keyNode.Location, keyNode.KeyPath);
            else if (!knownKeys.Contains(key))
            {
                _unknownKeys.Add(key);
                diagnostics.Error($"unknown key '{key}' in {what}", keyNode.Location, keyNode.KeyPath,
                    Suggestions.DidYouMean(key, knownKeys) ?? $"expected one of: {string.Join(", ", knownKeys)}");
            }
        }
    }

    /// <summary>True when the mapping has keys it may not have (already reported), so checks that depend on
    /// which keys are present should stay quiet rather than report the same mistake twice.</summary>
    public bool HasUnknownKeys => _unknownKeys.Count > 0;

    /// <summary>True when an unknown key is a likely typo of this key: its absence is already explained.</summary>
    public bool IsMisspelled(string key) => _unknownKeys.Any(unknown => Suggestions.Closest(unknown, _knownKeys) == key);

    public bool IsValid => Node.IsMapping;

    public bool Has(string key) => _entries.ContainsKey(key);

    public SpecNode? Optional(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public SpecNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;

    public SpecNode? Required(string key)
    {
        var value = Optional(key);
        if (value is null && IsValid && !IsMisspelled(key))
            Diagnostics.Error($"{What} needs the key '{key}'", Node.Location, SpecNode.Join(Node.KeyPath, key));
        // `key: ~` or `key:` with nothing after it is the key without its value, not a value.
        else if (value is { IsNull: true })
            Diagnostics.Error($"'{key}' needs a value, found {value.KindName}", value.Location, value.KeyPath);
        return value;
    }

    public string? String(string key, bool required = false)
    {
        var node = required ? Required(key) : Optional(key);
        if (node is null || node.IsNull) return null;
        if (!node.IsScalar)
        {
            Diagnostics.Error($"'{key}' must be a text value, found {node.KindName}", node.Location, node.KeyPath);
            return null;
        }
        return node.Text;
    }

    public double? Number(string key, bool required = false)
    {
        var node = required ? Required(key) : Optional(key);
        if (node is null || node.IsNull) return null;
        if (node.IsScalar && double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return value;
        Diagnostics.Error($"'{key}' must be a number, found {node.KindName}", node.Location, node.KeyPath);
        return null;
    }

    /// <summary>A number within [<paramref name="min"/>, <paramref name="max"/>] (a ceiling of <see cref="SpecLimits"/>); outside is an error.</summary>
    public double? NumberWithin(string key, double min, double max, string unit = "")
    {
        var value = Number(key);
        if (value is null || (value >= min && value <= max)) return value;
        var node = Optional(key)!;
        Diagnostics.Error($"'{key}' must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}{unit}; found {node.Text}",
            node.Location, node.KeyPath);
        return null;
    }

    /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>]; outside is an error.</summary>
    public int? IntegerWithin(string key, int min, int max)
    {
        var node = Optional(key);
        if (node is null || node.IsNull) return null;
        if (node.IsScalar && long.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return (int)value;
        Diagnostics.Error($"'{key}' must be a whole number from {min:N0} to {max:N0}, found {node.KindName}", node.Location, node.KeyPath);
        return null;
    }

    public int? Integer(string key, bool required = false)
    {
        var node = required ? Required(key) : Optional(key);
        if (node is null || node.IsNull) return null;
        if (node.IsScalar && int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return value;
        Diagnostics.Error($"'{key}' must be a whole number, found {node.KindName}", node.Location, node.KeyPath);
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Optional(key);
        if (node is null || node.IsNull) return null;
        if (node.ScalarValue() is bool value) return value;
        Diagnostics.Error($"'{key}' must be true or false, found {node.KindName}", node.Location, node.KeyPath);
        return null;
    }

    /// <summary>A text value that must be one of the given words.</summary>
    public string? Choice(string key, IReadOnlyList<string> choices, bool required = false)
    {
        var value = String(key, required);
        if (value is null || choices.Contains(value)) return value;
        var node = Optional(key)!;
        Diagnostics.Error($"'{key}' must be one of: {string.Join(", ", choices)}; found '{value}'", node.Location, node.KeyPath,
            Suggestions.DidYouMean(value, choices));
        return null;
    }

    /// <summary>A text value that must name a member of <typeparamref name="TEnum"/> (<see cref="SpecWords"/>).</summary>
    public TEnum? Choice<TEnum>(string key, bool required = false) where TEnum : struct, Enum =>
        Choice(key, SpecWords.Of<TEnum>(), required) is { } word ? SpecWords.Parse<TEnum>(word) : null;

    /// <summary>A text value that must name one of the given members of <typeparamref name="TEnum"/>.</summary>
    public TEnum? Choice<TEnum>(string key, IReadOnlyList<TEnum> allowed, bool required = false) where TEnum : struct, Enum =>
        Choice(key, allowed.Select(SpecWords.Word).ToArray(), required) is { } word ? SpecWords.Parse<TEnum>(word) : null;

    /// <summary>A single value of any scalar type, typed as YAML resolves it; <paramref name="present"/> says whether the key was there.</summary>
    public object? Scalar(string key, out bool present, bool required = false)
    {
        var node = required ? Required(key) : Optional(key);
        present = node is not null;
        if (node is null) return null;
        if (node.IsScalar) return node.ScalarValue();
        Diagnostics.Error($"'{key}' must be a single value, found {node.KindName}", node.Location, node.KeyPath);
        present = false;
        return null;
    }

    /// <summary>A list of text values; a single text value is accepted as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key, bool required = false)
    {
        var node = required ? Required(key) : Optional(key);
        if (node is null || node.IsNull) return [];
        if (node.IsScalar) return [node.Text];
        if (!node.IsSequence)
        {
            Diagnostics.Error($"'{key}' must be a list of text values, found {node.KindName}", node.Location, node.KeyPath);
            return [];
        }
        var result = new List<string>();
        foreach (var item in node.Items())
        {
            if (item.IsScalar) result.Add(item.Text);
            else Diagnostics.Error($"each item of '{key}' must be a text value, found {item.KindName}", item.Location, item.KeyPath);
        }
        return result;
    }

    /// <summary>The items of a list value (empty when absent or wrong, with a diagnostic when wrong).</summary>
    public IReadOnlyList<SpecNode> List(string key, bool required = false)
    {
        var node = required ? Required(key) : Optional(key);
        if (node is null || node.IsNull) return [];
        if (!node.IsSequence)
        {
            Diagnostics.Error($"'{key}' must be a list, found {node.KindName}", node.Location, node.KeyPath);
            return [];
        }
        return node.Items().ToArray();
    }

    /// <summary>A mapping of names to scalar values (parameters), typed as YAML resolves them.</summary>
    public IReadOnlyDictionary<string, object?> ScalarMap(string key)
    {
        var node = Optional(key);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (node is null || node.IsNull) return result;
        if (!node.IsMapping)
        {
            Diagnostics.Error($"'{key}' must be a mapping of names to values, found {node.KindName}", node.Location, node.KeyPath);
            return result;
        }
        foreach (var (name, _, value) in node.Entries())
        {
            if (value.IsScalar) result[name] = value.ScalarValue();
            else Diagnostics.Error($"'{name}' in '{key}' must be a single value, found {value.KindName}", value.Location, value.KeyPath);
        }
        return result;
    }
}
