using System.Text;

namespace HfReports.Ingest.Demo;

/// <summary>
/// Repository names in the style of the leaderboard ("Velora-7B-dpo-v0.3", "Llama-3-8B-orca-slerp").
/// Uniqueness: an owner's first repository has no suffix and later ones end in "-v{n}" (n ≥ 2);
/// name parts never end in "-v" plus a plain integer, so names never collide within an owner.
/// </summary>
internal static class ModelNames
{
    private static readonly string[] Adjectives = ["Neural", "Open", "Tiny", "Super", "Deep", "Smart", "Hyper", "Nova", "Astra", "Luna", "Polar", "Echo", "Bright", "Swift"];
    private static readonly string[] FineTuneWords = ["sft", "instruct", "orca", "math", "code", "roleplay", "medical", "legal", "alpaca", "lora", "tuned", "qlora", "ft", "platypus", "wizard", "storywriter"];
    private static readonly string[] ChatWords = ["chat", "dpo", "rlhf", "it", "assistant", "orpo", "kto", "Instruct", "chat-dpo", "sft-dpo"];
    private static readonly string[] MergeWords = ["slerp", "ties", "dare", "merge", "passthrough", "model_stock", "franken", "merged", "task-arithmetic", "merge-slerp"];
    private static readonly string[] PretrainWords = ["base", "pretrain", "scratch"];
    private static readonly string[] ContinuedWords = ["cpt", "continued", "extended", "long-ctx"];
    private static readonly string[] UnknownWords = ["test", "exp", "trial", "run", "beta"];

    public static string Generic(Architecture architecture, int? paramsB, DemoType type, int ownerSequence, DemoRandom random)
    {
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var name = WithSuffix(Build(random.Pick(architecture.Stems), SizeToken(architecture, paramsB, random), type, random), ownerSequence);
            // Keep unrelated models out of the families, and "merge" out of non-merge names (C9).
            if (BaseModelFamilies.MatchesAny(name, paramsB)) continue;
            if (type != DemoType.Merge && name.Contains("merge", StringComparison.OrdinalIgnoreCase)) continue;
            return name;
        }
        return WithSuffix("Model-" + SyntheticNames.Capitalised(SyntheticNames.Core(random.NextInt(10_000))), ownerSequence);
    }

    public static string Derivative(BaseModelFamily family, DemoType type, int ownerSequence, DemoRandom random)
    {
        var stem = random.Pick(family.NameStems);
        var word = TypeWord(type, random);
        var name = random.NextInt(5) switch
        {
            0 => $"{random.Pick(Adjectives)}-{stem}-{word}",
            1 => $"{stem}-{word}-{Version(random)}",
            2 => $"{SyntheticNames.Capitalised(SyntheticNames.Core(random.NextInt(400)))}-{stem}",
            _ => $"{stem}-{word}",
        };
        if (type == DemoType.Merge && !name.Contains("merge", StringComparison.OrdinalIgnoreCase) && random.Chance(0.3))
            name += "-merge";
        return WithSuffix(name, ownerSequence);
    }

    private static string Build(string stem, string? size, DemoType type, DemoRandom random)
    {
        var builder = new StringBuilder();
        if (random.Chance(0.2)) builder.Append(random.Pick(Adjectives)).Append(stem.Contains('-') ? "-" : "");
        builder.Append(stem);
        if (size is not null) builder.Append('-').Append(size);
        builder.Append('-').Append(TypeWord(type, random));
        if (random.Chance(0.35)) builder.Append('-').Append(Version(random));
        return builder.ToString();
    }

    private static string TypeWord(DemoType type, DemoRandom random) => random.Pick(type switch
    {
        DemoType.FineTuned => FineTuneWords,
        DemoType.Chat => ChatWords,
        DemoType.Merge => MergeWords,
        DemoType.Pretrained => PretrainWords,
        DemoType.ContinuouslyPretrained => ContinuedWords,
        _ => UnknownWords,
    });

    /// <summary>Versions always carry a dot, so they can never look like the uniqueness suffix.</summary>
    private static string Version(DemoRandom random) => $"v{random.NextInt(3)}.{random.NextInt(1, 9)}";

    private static string? SizeToken(Architecture architecture, int? paramsB, DemoRandom random)
    {
        if (paramsB is null or 0) return null;
        if (architecture == Architectures.Mixtral)
            return paramsB switch { 12 or 13 => "2x7B", 18 or 19 => "3x7B", 24 => "4x7B", 35 or 36 => "6x7B", 46 => "8x7B", 60 => "2x34B", _ => $"{paramsB}B" };
        return random.Chance(0.5) ? $"{paramsB}B" : $"{paramsB}b";
    }

    private static string WithSuffix(string name, int ownerSequence) =>
        ownerSequence == 0 ? name : $"{name}-v{ownerSequence + 1}";
}
