namespace HfReports.Ingest.Demo;

/// <summary>
/// Stateless 64-bit mixing for values that must depend only on an index (owner names, team
/// members), so they can be recomputed on demand instead of kept in memory.
/// </summary>
internal static class StableHash
{
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ Mix(b));

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    /// <summary>FNV-1a over UTF-16 code units: stable across runs, unlike string.GetHashCode.</summary>
    public static ulong OfText(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return Mix(hash);
    }

    /// <summary>Uniform double in [0, 1) from a hash.</summary>
    public static double Unit(ulong hash) => (Mix(hash) >> 11) * (1.0 / (1UL << 53));
}
