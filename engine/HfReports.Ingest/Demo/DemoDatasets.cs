namespace HfReports.Ingest.Demo;

/// <summary>Synthetic training data sets ('demo-data/orca-style-1', ...), used with Zipf-like popularity.</summary>
internal static class DemoDatasets
{
    private static readonly string[] Topics =
    [
        "orca-style", "ultrachat-like", "math-instruct", "code-feedback", "dpo-pairs", "roleplay-dialogs",
        "medical-qa", "alpaca-clean", "capybara-like", "truthy-pairs", "openhermes-like", "slimorca-like",
        "sharegpt-like", "gsm-synthetic", "arc-drills", "wiki-pretrain", "legal-corpus", "multilingual-chat",
        "function-calling", "tiny-stories",
    ];

    public static readonly IReadOnlyList<string> All =
        Enumerable.Range(1, 4).SelectMany(k => Topics.Select(t => $"demo-data/{t}-{k}")).ToArray();

    private static readonly ZipfPicker Popularity = new(All.Count, 1.1, 1);

    /// <summary>0-4 distinct data sets; fine-tunes and chat models declare them most often.</summary>
    public static void Pick(DemoType type, List<string> into, DemoRandom random)
    {
        var declares = type switch
        {
            DemoType.FineTuned or DemoType.Chat => 0.5,
            DemoType.ContinuouslyPretrained or DemoType.Pretrained => 0.25,
            _ => 0.06,
        };
        if (!random.Chance(declares)) return;
        var count = 1 + (random.Chance(0.4) ? random.NextInt(1, 3) : 0);
        for (var i = 0; i < count; i++)
        {
            var dataset = All[Popularity.Pick(random)];
            if (!into.Contains(dataset)) into.Add(dataset);
        }
    }
}
