namespace HfReports.Ingest.Demo;

/// <summary>
/// One architecture class as the v1 export names it, with its relative weight, the date it
/// became available, its parameter-size mix (truncated integer billions, 0 = unknown) and the
/// words the demo uses to name its models.
/// </summary>
internal sealed record Architecture(
    string ClassName, string HubTag, double Weight, string Since,
    (int Params, double Weight)[] Sizes, string[] Stems, double MoeShare = 0)
{
    public long Available { get; } = DemoClock.Date(Since);
    public WeightedTable<int> SizeTable { get; } = new(Sizes.Select(s => (s.Params, s.Weight)));
}

/// <summary>
/// The architecture mix of the real v1 export (table 0.5 of the paper), measured once and
/// hard-coded as weights. Weights are for models outside the base-model families; families add
/// their own Llama/Mistral/Mixtral/Phi models on top.
/// </summary>
internal static class Architectures
{
    public static readonly Architecture Llama = new("LlamaForCausalLM", "llama", 2000, "2023-02-24",
        [(13, 502), (7, 300), (8, 200), (6, 197), (1, 182), (34, 168), (10, 135), (0, 132), (70, 40), (3, 83),
         (68, 69), (33, 46), (72, 32), (21, 29), (65, 23), (19, 22), (16, 20), (11, 19), (2, 14), (15, 13), (9, 13), (120, 5)],
        ["Llama-2", "llama", "Llama", "Yi", "Solara", "Vicunova", "Orcaline", "Wizardy"], MoeShare: 0.027);

    public static readonly Architecture Mistral = new("MistralForCausalLM", "mistral", 2630, "2023-09-20",
        [(7, 2124), (10, 64), (0, 53), (8, 38), (3, 14), (12, 13), (1, 12), (11, 8), (14, 8), (22, 7), (13, 5), (4, 3), (28, 3)],
        ["Velora", "Zephyrine", "Hermia", "Nimbrel", "Quorra", "Astrion", "Beaglet", "Marconi", "Kestrel"], MoeShare: 0.03);

    public static readonly Architecture Mixtral = new("MixtralForCausalLM", "mixtral", 735, "2023-12-11",
        [(12, 109), (46, 60), (24, 72), (18, 21), (19, 20), (60, 19), (35, 14), (36, 14), (1, 8), (0, 8), (13, 7), (125, 5), (69, 5), (140, 4)],
        ["MoE", "Mixtura", "Expertia", "Polymoe"], MoeShare: 0.79);

    public static readonly Architecture Gpt2 = new("GPT2LMHeadModel", "gpt2", 91, "2019-02-14",
        [(0, 111), (1, 12), (20, 5), (7, 3), (5, 3), (12, 3), (2, 2)], ["gpt2", "tiny-gpt", "distil-gpt"]);

    public static readonly Architecture Qwen2 = new("Qwen2ForCausalLM", "qwen2", 270, "2024-01-20",
        [(0, 33), (7, 26), (1, 26), (14, 17), (3, 14), (72, 9), (32, 9), (110, 2)], ["Qwen1.5", "qwen2", "Qwenny"], MoeShare: 0.1);

    public static readonly Architecture GptNeoX = new("GPTNeoXForCausalLM", "gpt_neox", 86, "2020-06-01",
        [(0, 33), (1, 18), (12, 16), (3, 16), (2, 12), (20, 10), (7, 10), (6, 5), (4, 3)], ["pythia", "neox", "stablelm-base"]);

    public static readonly Architecture Phi = new("PhiForCausalLM", "phi", 45, "2023-10-17",
        [(1, 40), (0, 18), (4, 7), (2, 20), (5, 2)], ["phi-1_5", "Phiona", "Tinyphi"]);

    public static readonly Architecture Gemma = new("GemmaForCausalLM", "gemma", 220, "2024-02-21",
        [(8, 50), (2, 46), (3, 5), (10, 2), (0, 2), (4, 2)], ["gemma", "Gemmaline", "GemSage"]);

    public static readonly Architecture Opt = new("OPTForCausalLM", "opt", 62, "2022-05-03",
        [(0, 32), (6, 12), (1, 8), (2, 5), (13, 4), (3, 1)], ["opt", "galactic-opt", "opt-iml"]);

    public static readonly Architecture Unknown = new("Unknown", "custom_code", 317, "2019-06-01",
        [(7, 106), (0, 62), (13, 49), (12, 47), (6, 45), (68, 18), (1, 16), (10, 14), (32, 11), (34, 10), (3, 9), (14, 9)],
        ["Custom", "Expera", "Hybrido"]);

    public static readonly Architecture Question = new("?", "custom_code", 211, "2019-06-01",
        [(7, 159), (0, 83), (13, 26), (8, 12), (2, 10), (1, 7), (72, 6), (34, 6), (6, 4)], ["Mystery", "Unlabeled", "Opaque"]);

    public static readonly Architecture GptJ = new("GPTJForCausalLM", "gptj", 22, "2021-06-04",
        [(6, 23), (0, 17), (2, 1)], ["gpt-j", "pygmalion-like", "jay"]);

    public static readonly Architecture Falcon = new("FalconForCausalLM", "falcon", 29, "2023-04-24",
        [(1, 14), (6, 11), (7, 3), (179, 2), (40, 2)], ["falcon", "Falconet"]);

    public static readonly Architecture Bloom = new("BloomForCausalLM", "bloom", 24, "2022-07-06",
        [(3, 9), (7, 8), (0, 7), (1, 5), (6, 2), (176, 1)], ["bloomz", "bloom"]);

    public static readonly Architecture Phi3 = new("Phi3ForCausalLM", "phi3", 4, "2024-04-22",
        [(3, 8), (13, 4)], ["Phiora"]);

    /// <summary>The long tail: each stays far below the 50-model threshold of C5.</summary>
    private static readonly Architecture[] Rare =
    [
        new("CohereForCausalLM", "cohere", 18, "2024-03-11", [(34, 10), (103, 4), (0, 4)], ["Coherent"]),
        new("GPTNeoForCausalLM", "gpt_neo", 17, "2021-03-21", [(1, 9), (2, 6), (0, 2)], ["gpt-neo"]),
        new("GPTBigCodeForCausalLM", "gpt_bigcode", 15, "2023-05-04", [(15, 8), (1, 4), (3, 3)], ["starcoder", "santa"]),
        new("StableLmForCausalLM", "stablelm", 13, "2023-10-02", [(1, 6), (2, 4), (3, 3)], ["stablelm-zephyr"]),
        new("MPTForCausalLM", "mpt", 13, "2023-05-05", [(6, 9), (29, 4)], ["mpt"]),
        new("XGLMForCausalLM", "xglm", 12, "2021-12-20", [(0, 4), (1, 4), (4, 4)], ["xglm"]),
        new("RwkvForCausalLM", "rwkv", 12, "2023-05-01", [(0, 4), (1, 3), (3, 3), (7, 2)], ["rwkv-raven"]),
        new("Starcoder2ForCausalLM", "starcoder2", 5, "2024-02-28", [(3, 2), (7, 2), (15, 1)], ["starcoder2"]),
        new("LlamaModel", "llama", 5, "2023-03-15", [(7, 3), (13, 2)], ["Llamaish"]),
        new("LLaMAForCausalLM", "llama", 3, "2023-02-24", [(13, 2), (33, 1)], ["Alpacino"]),
        new("OLMoForCausalLM", "olmo", 5, "2024-02-01", [(1, 2), (6, 3)], ["OLMo"]),
        new("RecurrentGemmaForCausalLM", "recurrent_gemma", 3, "2024-04-09", [(2, 3)], ["griffin"]),
        new("DeciLMForCausalLM", "deci", 2, "2023-12-12", [(7, 2)], ["DeciLM"]),
        new("DbrxForCausalLM", "dbrx", 1, "2024-03-27", [(131, 1)], ["dbrx"]),
    ];

    public static readonly IReadOnlyList<Architecture> All =
        [Llama, Mistral, Mixtral, Gpt2, Qwen2, GptNeoX, Phi, Gemma, Opt, Unknown, Question, GptJ, Falcon, Bloom, Phi3, .. Rare];

    /// <summary>An architecture available at the given time, by weight.</summary>
    public static Architecture Pick(long createdAt, DemoRandom random)
    {
        var total = 0.0;
        foreach (var a in All)
            if (a.Available <= createdAt) total += a.Weight;
        var target = random.NextDouble() * total;
        foreach (var a in All)
        {
            if (a.Available > createdAt) continue;
            if ((target -= a.Weight) < 0) return a;
        }
        return Gpt2;
    }
}
