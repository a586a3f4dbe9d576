namespace HfReports.Ingest.Demo;

/// <summary>
/// A base-model family of the paper (0.8): a name pattern on models.name_norm, a params
/// condition, and the official base that is its earliest member (the reference of Fig 11/12).
/// </summary>
internal sealed record BaseModelFamily(
    string Key, string Pattern, OfficialBase Base,
    /// <summary>Non-merge derivatives in the real v1 proxy (table 0.8), of 6,710 clean models.</summary>
    int RealSize,
    /// <summary>The best derivative's lead over the base, in average points (Fig 11).</summary>
    double MaxGain,
    /// <summary>Share of the gain reached within the first weeks (Fig 12 flattens after ~1 month).</summary>
    double FastShare,
    /// <summary>How long after release new derivatives keep coming (days, exponential decay).</summary>
    double InterestDays,
    /// <summary>How derivatives spell the base in their names; each must keep the pattern in name_norm.</summary>
    string[] NameStems)
{
    public int ParamsB => Base.ParamsB;
    public long Released => Base.CreatedAt;

    /// <summary>The best average a derivative created this many days after release can reach.</summary>
    public double Ceiling(double daysSinceRelease) =>
        Base.Average + MaxGain * (FastShare * (1 - Math.Exp(-daysSinceRelease / 6))
                                  + (1 - FastShare) * (1 - Math.Exp(-daysSinceRelease / 90)));
}

internal static class BaseModelFamilies
{
    public static readonly OfficialBase Llama7B = new("demo-meta/Llama-7B", Architectures.Llama, 7, "2023-02-24", DemoType.Pretrained, 49.7, "other", 21_400, 310, Gated: true);
    public static readonly OfficialBase Llama30B = new("demo-meta/Llama-30B", Architectures.Llama, 30, "2023-02-24", DemoType.Pretrained, 56.9, "other", 4_900, 120, Gated: true);
    public static readonly OfficialBase Llama2_7B = new("demo-meta/Llama-2-7B", Architectures.Llama, 7, "2023-07-18", DemoType.Pretrained, 51.0, "llama2", 298_000, 1_650, Gated: true);
    public static readonly OfficialBase Llama2_70B = new("demo-meta/Llama-2-70B", Architectures.Llama, 70, "2023-07-18", DemoType.Pretrained, 67.9, "llama2", 41_000, 820, Gated: true);
    public static readonly OfficialBase Mistral7B = new("demo-mistral/Mistral-7B-v0.1", Architectures.Mistral, 7, "2023-09-20", DemoType.Pretrained, 60.97, "apache-2.0", 450_209, 3_150);
    public static readonly OfficialBase Phi2 = new("demo-microsoft/phi-2", Architectures.Phi, 2, "2024-01-11", DemoType.Pretrained, 61.3, "mit", 212_000, 3_180);
    public static readonly OfficialBase Mixtral8x7B = new("demo-mistral/Mixtral-8x7B-v0.1", Architectures.Mixtral, 46, "2023-12-11", DemoType.Pretrained, 68.4, "apache-2.0", 118_000, 1_590);
    public static readonly OfficialBase Llama3_8B = new("demo-meta/Meta-Llama-3-8B", Architectures.Llama, 8, "2024-04-18", DemoType.Pretrained, 62.6, "llama3", 512_000, 4_870, Gated: true);
    public static readonly OfficialBase Llama3_70B = new("demo-meta/Meta-Llama-3-70B", Architectures.Llama, 70, "2024-04-18", DemoType.Pretrained, 73.9, "llama3", 96_000, 740, Gated: true);
    public static readonly OfficialBase Phi3Mini = new("demo-microsoft/Phi-3-mini-4k-instruct", Architectures.Phi3, 3, "2024-04-22", DemoType.Chat, 69.9, "mit", 305_000, 930);
    public static readonly OfficialBase Phi3Medium = new("demo-microsoft/Phi-3-medium-4k-instruct", Architectures.Phi3, 13, "2024-05-21", DemoType.Chat, 76.1, "mit", 58_000, 170);

    /// <summary>Bases outside the families: targets of base_model links for other architectures.</summary>
    public static readonly IReadOnlyList<OfficialBase> OtherBases =
    [
        new("demo-openai-style/gpt2-base", Architectures.Gpt2, 0, "2019-11-05", DemoType.Pretrained, 29.0, "mit", 88_000, 410),
        new("demo-eleuther/pythia-1.4b", Architectures.GptNeoX, 1, "2023-02-13", DemoType.Pretrained, 34.5, "apache-2.0", 9_800, 25),
        new("demo-facebook/opt-1.3b", Architectures.Opt, 1, "2022-05-11", DemoType.Pretrained, 33.9, "other", 14_500, 60),
        new("demo-tii/falcon-7b", Architectures.Falcon, 7, "2023-04-24", DemoType.Pretrained, 44.2, "apache-2.0", 31_000, 1_040),
        new("demo-llm/Llama-2-13B", Architectures.Llama, 13, "2023-07-18", DemoType.Pretrained, 55.7, "llama2", 36_000, 310, Gated: true),
        new("demo-01ai/Yi-34B", Architectures.Llama, 34, "2023-11-02", DemoType.Pretrained, 69.4, "other", 18_700, 1_260),
        new("demo-qwen/Qwen1.5-7B", Architectures.Qwen2, 7, "2024-02-04", DemoType.Pretrained, 61.8, "other", 23_500, 45),
        new("demo-google/gemma-7b", Architectures.Gemma, 8, "2024-02-21", DemoType.Pretrained, 64.6, "gemma", 61_000, 2_950, Gated: true),
        new("demo-google/gemma-2b", Architectures.Gemma, 2, "2024-02-21", DemoType.Pretrained, 46.5, "gemma", 48_000, 880, Gated: true),
    ];

    public static readonly IReadOnlyList<BaseModelFamily> All =
    [
        new("llama38", "llama3", Llama3_8B, 203, 11.5, 0.9, 70, ["Llama-3-8B", "llama-3-8b", "Llama3-8B", "Meta-Llama-3-8B", "llama3-8b"]),
        new("mistral7b7", "mistral7b", Mistral7B, 365, 15.2, 0.7, 150, ["Mistral-7B", "mistral-7b", "Mistral-7B-v0.1", "mistral_7b"]),
        new("mixtral8x7b46", "mixtral8x7b", Mixtral8x7B, 27, 6.0, 0.75, 90, ["Mixtral-8x7B", "mixtral-8x7b", "Mixtral-8x7B-v0.1"]),
        new("llama27b7", "llama27b", Llama2_7B, 84, 10.5, 0.65, 150, ["Llama-2-7b", "llama-2-7b", "Llama2-7B", "llama2-7b"]),
        new("llama270", "llama2", Llama2_70B, 14, 7.5, 0.7, 160, ["Llama-2-70b", "llama-2-70b", "Llama2-70B"]),
        new("llama370", "llama3", Llama3_70B, 25, 5.0, 0.85, 70, ["Llama-3-70B", "llama-3-70b", "Meta-Llama-3-70B"]),
        new("llama7b7", "llama7b", Llama7B, 31, 15.0, 0.55, 200, ["llama-7b", "Llama-7B", "llama_7b"]),
        new("llama30", "llama", Llama30B, 12, 7.0, 0.6, 200, ["llama-30b", "Llama-30B", "llama_30b"]),
        new("phi2", "phi2", Phi2, 55, 6.5, 0.8, 100, ["phi-2", "Phi-2", "phi2"]),
        new("phi3mini", "phi3mini", Phi3Mini, 16, 1.4, 0.9, 60, ["Phi-3-mini", "phi-3-mini", "Phi-3-mini-4k"]),
        new("phi3medium", "phi3medium", Phi3Medium, 5, 0.7, 0.9, 45, ["Phi-3-medium", "phi-3-medium"]),
    ];

    public static IEnumerable<OfficialBase> AllBases => All.Select(f => f.Base).Concat(OtherBases);

    /// <summary>True when a name and size would put a model in a family (the 0.8 rule on name_norm).</summary>
    public static bool MatchesAny(string shortName, int? paramsB)
    {
        var norm = NameNorm(shortName);
        foreach (var family in All)
        {
            if (!norm.Contains(family.Pattern, StringComparison.Ordinal)) continue;
            if (family.Pattern.StartsWith("phi", StringComparison.Ordinal) || paramsB == family.ParamsB) return true;
        }
        return false;
    }

    /// <summary>models.name_norm: lower-cased, without '-', '_' and '.'.</summary>
    public static string NameNorm(string shortName) =>
        shortName.Replace("-", "").Replace("_", "").Replace(".", "").ToLowerInvariant();
}
