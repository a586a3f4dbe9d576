namespace HfReports.Engine.Query;

/// <summary>The two generations of the Open LLM Leaderboard and the six benchmarks each averages. An import records
/// its generation; reports name the generations they serve and read the benchmark names from here, never from prose.</summary>
internal sealed record BenchmarkGeneration(string Name, IReadOnlyList<(string Column, string Title)> Benchmarks)
{
    public static readonly BenchmarkGeneration V1 = new("v1",
        [("arc", "ARC"), ("hellaswag", "HellaSwag"), ("mmlu", "MMLU"), ("truthfulqa", "TruthfulQA"), ("winogrande", "Winogrande"), ("gsm8k", "GSM8K")]);

    public static readonly BenchmarkGeneration V2 = new("v2",
        [("ifeval", "IFEval"), ("bbh", "BBH"), ("math_lvl5", "MATH Lvl 5"), ("gpqa", "GPQA"), ("musr", "MuSR"), ("mmlu_pro", "MMLU-PRO")]);

    public static readonly IReadOnlyList<BenchmarkGeneration> All = [V1, V2];

    public static IReadOnlyList<string> Names => All.Select(g => g.Name).ToArray();

    public static BenchmarkGeneration? Find(string? name) => All.FirstOrDefault(g => g.Name == name);

    /// <summary>"v2 (IFEval, BBH, MATH Lvl 5, GPQA, MuSR, MMLU-PRO)".</summary>
    public string Describe() => $"{Name} ({string.Join(", ", Benchmarks.Select(b => b.Title))})";

    /// <summary>"IFEval, BBH, MATH Lvl 5, GPQA, MuSR and MMLU-PRO", for prose.</summary>
    public string Sentence() => string.Join(", ", Benchmarks.Take(Benchmarks.Count - 1).Select(b => b.Title)) + " and " + Benchmarks[^1].Title;
}
