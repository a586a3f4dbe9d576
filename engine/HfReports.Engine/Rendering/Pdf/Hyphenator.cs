using System.Collections.Concurrent;
using System.Reflection;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>
/// Liang's hyphenation algorithm (the one TeX uses) with the TeX US-English patterns: every pattern
/// that matches inside ".word." votes with its digits between letters, and an odd maximum marks a
/// place where the word may break. At least two letters stay before a break and three after it.
/// </summary>
internal sealed class Hyphenator
{
    private const int LeftMin = 2;
    private const int RightMin = 3;
    private readonly Dictionary<string, byte[]> _patterns;
    private readonly int _longest;
    private readonly ConcurrentDictionary<string, int[]> _cache = new(StringComparer.Ordinal);

    private Hyphenator(Dictionary<string, byte[]> patterns)
    {
        _patterns = patterns;
        _longest = patterns.Keys.Max(k => k.Length);
    }

    /// <summary>The US-English hyphenator; its patterns are read once from the engine's resources.</summary>
    public static Hyphenator English { get; } = Load("HfReports.Engine.Rendering.Pdf.hyph-en-us.txt");

    private static Hyphenator Load(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded hyphenation patterns {resource} are missing from the build");
        using var reader = new StreamReader(stream);
        var patterns = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            // "_ab4c" -> letters ".abc", values between them [0,0,0,4,0]
            var letters = new System.Text.StringBuilder();
            var values = new List<byte> { 0 };
            foreach (var c in line)
            {
                if (char.IsAsciiDigit(c)) values[^1] = (byte)(c - '0');
                else
                {
                    letters.Append(c == '_' ? '.' : c);
                    values.Add(0);
                }
            }
            patterns[letters.ToString()] = values.ToArray();
        }
        return new Hyphenator(patterns);
    }

    /// <summary>Offsets in <paramref name="word"/> (lower-case letters) before which a hyphen may break it.</summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (word.Length < LeftMin + RightMin) return [];
        if (_cache.TryGetValue(word, out var cached)) return cached;
        var dotted = "." + word + ".";
        var votes = new byte[dotted.Length + 1];
        for (var start = 0; start < dotted.Length; start++)
        {
            for (var length = 1; length <= _longest && start + length <= dotted.Length; length++)
            {
                if (!_patterns.TryGetValue(dotted.Substring(start, length), out var values)) continue;
                for (var i = 0; i < values.Length; i++)
                    votes[start + i] = Math.Max(votes[start + i], values[i]);
            }
        }
        // votes[j] sits before dotted[j]; dotted[j] is word[j - 1].
        var points = new List<int>();
        for (var position = LeftMin; position <= word.Length - RightMin; position++)
            if (votes[position + 1] % 2 == 1) points.Add(position);
        return _cache[word] = points.ToArray();
    }
}
