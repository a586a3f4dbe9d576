namespace HfReports.Ingest.Demo;

/// <summary>Small per-entry attributes with the proportions of the real v1 export.</summary>
internal static class ModelDetails
{
    private static readonly WeightedTable<string> Precisions =
        new([("float16", 4104), ("bfloat16", 2932), ("4bit", 92), ("8bit", 25), ("GPTQ", 16)]);

    private static readonly WeightedTable<string?> Languages =
        new([(null, 45), ("en", 42), ("en,de", 2), ("en,zh", 2), ("zh", 2), ("ko", 2), ("ja", 1.5), ("fr", 1), ("en,fr,de,es,it", 1), ("tr", 0.5), ("vi", 0.5), ("es", 0.5)]);

    public static string Precision(DemoRandom random) => Precisions.Pick(random);

    /// <summary>Card languages joined with ',' (null when the card names none).</summary>
    public static string? Language(DemoRandom random) => Languages.Pick(random);

    /// <summary>5.5% adapters (fine-tunes and chat models only), a handful of deltas.</summary>
    public static string WeightType(DemoType type, DemoRandom random) =>
        type is DemoType.FineTuned or DemoType.Chat && random.Chance(0.075) ? "Adapter"
        : random.Chance(0.0006) ? "Delta" : "Original";

    /// <summary>
    /// The v1 "merged" flag: most base merges declare it, and some fine-tunes and chat models
    /// too (they were merges labelled by their purpose).
    /// </summary>
    public static bool IsMerged(DemoType type, DemoRandom random) => type switch
    {
        DemoType.Merge => random.Chance(0.72),
        DemoType.FineTuned => random.Chance(0.11),
        DemoType.Chat => random.Chance(0.09),
        DemoType.Pretrained => random.Chance(0.03),
        _ => random.Chance(0.04),
    };
}
