using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace HfReports.Engine.Build.Caching;

/// <summary>
/// Builds the SHA-256 key of a cache entry from everything its result depends on. Spec objects are
/// written canonically by walking their public properties (sorted by name), leaving out where they
/// were written (locations, key paths): moving a block to another line does not invalidate it,
/// changing anything it computes with does.
/// </summary>
internal sealed class CacheKey
{
    private static readonly HashSet<string> Positional = ["Location", "KeyPath", "SqlLocation", "SqlKeyPath", "EqualityContract"];
    private const int MaxDepth = 12;

    private readonly StringBuilder _text = new();

    public CacheKey Add(string name, object? value)
    {
        _text.Append(name).Append('=');
        Write(value, 0);
        _text.Append('\n');
        return this;
    }

    /// <summary>Adds an object's properties but the ones named in <paramref name="leaveOut"/> (they are keyed separately or do not matter).</summary>
    public CacheKey Add(string name, object value, IReadOnlySet<string> leaveOut)
    {
        _text.Append(name).Append('=');
        WriteObject(value, 0, leaveOut);
        _text.Append('\n');
        return this;
    }

    /// <summary>The key: lower-case hex SHA-256 of the canonical text.</summary>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())));

    public override string ToString() => _text.ToString();

    private void Write(object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException("a spec nests too deeply to be cached");
        switch (value)
        {
            case null: _text.Append("null"); return;
            case string s: _text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"'); return;
            case bool b: _text.Append(b ? "true" : "false"); return;
            case double d: _text.Append("d:").Append(d.ToString("R", CultureInfo.InvariantCulture)); return;
            case float f: _text.Append("f:").Append(f.ToString("R", CultureInfo.InvariantCulture)); return;
            case DateTime t: _text.Append("t:").Append(t.Ticks).Append(':').Append((int)t.Kind); return;
            case DateOnly date: _text.Append("date:").Append(date.DayNumber); return;
            case Enum e: _text.Append(e.GetType().Name).Append('.').Append(e); return;
            case IFormattable number when value.GetType().IsPrimitive || value is decimal:
                _text.Append(value.GetType().Name).Append(':').Append(number.ToString(null, CultureInfo.InvariantCulture)); return;
            case IDictionary dictionary:
                var entries = new List<(string Key, object? Value)>();
                foreach (DictionaryEntry entry in dictionary)
                    entries.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value));
                _text.Append('{');
                foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    _text.Append(key).Append(':');
                    Write(item, depth + 1);
                    _text.Append(',');
                }
                _text.Append('}');
                return;
            case IEnumerable items:
                _text.Append('[');
                foreach (var item in items)
                {
                    Write(item, depth + 1);
                    _text.Append(',');
                }
                _text.Append(']');
                return;
        }
        WriteObject(value, depth, null);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = TrimmingNotes.SpecProperties)]
    private void WriteObject(object value, int depth, IReadOnlySet<string>? leaveOut)
    {
        var type = value.GetType();
        _text.Append(type.Name).Append('(');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && !Positional.Contains(p.Name) && leaveOut?.Contains(p.Name) != true)
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            _text.Append(property.Name).Append(':');
            Write(property.GetValue(value), depth + 1);
            _text.Append(';');
        }
        _text.Append(')');
    }
}
