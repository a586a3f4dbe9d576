namespace HfReports.Engine.Spec;

/// <summary>"Did you mean" hints: the closest of the names valid in that place, by edit distance counting a swap of two
/// neighbouring letters as one edit (so "medain" is one edit from "median", two from "mean"); ties go to the
/// candidate that shares more of the word's beginning.</summary>
internal static class Suggestions
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && best is not null && SharedStart(word, candidate) > SharedStart(word, best)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Only suggest words that are plausibly a typo of the input.
        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    public static string? DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } match ? $"did you mean '{match}'?" : null;

    /// <summary>For a file that does not exist: the closest name among the files of its folder with the same extension,
    /// written as the spec wrote the path (<paramref name="written"/>).</summary>
    public static string? ForMissingFile(string path, string written)
    {
        var folder = Path.GetDirectoryName(path);
        if (folder is null || !Directory.Exists(folder)) return null;
        var extension = Path.GetExtension(path);
        var names = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => string.Equals(Path.GetExtension(name), extension, StringComparison.OrdinalIgnoreCase));
        if (Closest(Path.GetFileName(path), names) is not { } match) return null;
        var slash = written.Replace('\\', '/').LastIndexOf('/');
        return $"did you mean '{(slash < 0 ? "" : written[..(slash + 1)])}{match}'?";
    }

    private static int SharedStart(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n])) n++;
        return n;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
