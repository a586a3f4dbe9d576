using System.Globalization;

namespace HfReports.Ingest.Demo;

/// <summary>
/// Pronounceable fake names built bijectively from an index, so every index gets its own name
/// without a set of used names in memory. Syllables are consonant+vowel pairs, so a core never
/// ends in 'bot' and never contains '-' (owner and bot names stay apart).
/// </summary>
internal static class SyntheticNames
{
    private static readonly string[] Syllables =
        ["ba", "ko", "ri", "ve", "lu", "mo", "sa", "ti", "ne", "za", "do", "fi", "ga", "hu", "ja", "ke", "li", "mu", "no", "pa", "ro", "su", "ta", "vi"];

    /// <summary>A unique lower-case core for an index: three or more syllables.</summary>
    public static string Core(long index)
    {
        var length = 3;
        var block = Pow(Syllables.Length, length);
        while (index >= block)
        {
            index -= block;
            length++;
            block = Pow(Syllables.Length, length);
        }
        // A fixed odd multiplier coprime with 24^n scrambles neighbours inside the block.
        var scrambled = (long)((ulong)(index * 7919 + 13) % (ulong)block);
        var chars = new char[length * 2];
        for (var i = length - 1; i >= 0; i--)
        {
            var syllable = Syllables[scrambled % Syllables.Length];
            scrambled /= Syllables.Length;
            chars[i * 2] = syllable[0];
            chars[i * 2 + 1] = syllable[1];
        }
        return new string(chars);
    }

    public static string Capitalised(string core) => char.ToUpperInvariant(core[0]) + core[1..];

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static long Pow(int b, int e)
    {
        long result = 1;
        for (var i = 0; i < e; i++) result *= b;
        return result;
    }
}
