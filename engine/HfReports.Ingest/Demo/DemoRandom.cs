namespace HfReports.Ingest.Demo;

/// <summary>
/// Small seeded PRNG (xoshiro256**, seeded through SplitMix64). Used instead of System.Random
/// because its sequence is fixed by this code, not by the runtime version, so the same seed
/// gives the same snapshot bytes everywhere.
/// </summary>
internal sealed class DemoRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public DemoRandom(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>An independent stream for one purpose, so adding draws in one part does not shift another.</summary>
    public static DemoRandom ForStream(int seed, string purpose) =>
        new(StableHash.Combine((ulong)(uint)seed, StableHash.OfText(purpose)));

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in (0, 1]: safe to take the logarithm of.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, maxExclusive).</summary>
    public int NextInt(int maxExclusive) =>
        maxExclusive <= 1 ? 0 : (int)((NextUInt64() >> 32) * (ulong)maxExclusive >> 32);

    /// <summary>Uniform integer in [min, max].</summary>
    public int NextInt(int min, int max) => min + NextInt(max - min + 1);

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal (Box-Muller; one value per call keeps the stream simple).</summary>
    public double Normal() =>
        Math.Sqrt(-2.0 * Math.Log(NextOpenDouble())) * Math.Cos(2.0 * Math.PI * NextDouble());

    public double Normal(double mean, double sd) => mean + sd * Normal();

    public double LogNormal(double mu, double sigma) => Math.Exp(Normal(mu, sigma));

    public double Exponential(double mean) => -mean * Math.Log(NextOpenDouble());

    /// <summary>Pareto with minimum 1 and tail index alpha: heavy-tailed counts.</summary>
    public double Pareto(double alpha) => Math.Pow(NextOpenDouble(), -1.0 / alpha);

    public T Pick<T>(IReadOnlyList<T> items) => items[NextInt(items.Count)];

    /// <summary>Lower-case hex text of the given length (commit ids, revisions).</summary>
    public string Hex(int length)
    {
        Span<char> chars = stackalloc char[length];
        var bits = 0UL;
        for (var i = 0; i < length; i++)
        {
            if (i % 16 == 0) bits = NextUInt64();
            chars[i] = "0123456789abcdef"[(int)(bits & 0xF)];
            bits >>= 4;
        }
        return new string(chars);
    }

    private static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
