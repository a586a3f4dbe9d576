using System.Globalization;
using System.Text;

namespace HfReports.Ingest.Import;

/// <summary>
/// Writes a v1-shaped leaderboard CSV of any size for the import benchmark. Values are
/// synthetic (seeded, deterministic) but follow the real export's quirks: emoji types, empty
/// types, inverted booleans, params 0, empty licences and dates, duplicate models. Never real data.
/// </summary>
public static class SyntheticV1Export
{
    public const string Header =
        "t,model,average,arc,hellaswag,mmlu,truthfulqa,winogrande,gsm8k,type,architecture,weight_type,precision,merged,hub_license,params_b,hub_hearts,available_on_the_hub,model_sha,flagged,moe,date,fullname,url";

    private static readonly (string Emoji, string Label)[] Types =
    [
        ("🔶", "🔶 fine-tuned on domain-specific datasets"), ("💬", "\"💬 chat models (RLHF, DPO, IFT, ...)\""),
        ("🤝", "🤝 base merges and moerges"), ("🟢", "🟢 pretrained"), ("🟩", "🟩 continuously pretrained"), ("?", ""),
    ];

    private static readonly string[] Architectures = ["LlamaForCausalLM", "MistralForCausalLM", "MixtralForCausalLM", "Qwen2ForCausalLM", "GPT2LMHeadModel", "Unknown", "?"];
    private static readonly string[] Licenses = ["apache-2.0", "\"\"", "other", "cc-by-nc-4.0", "mit", "llama2", "llama3"];
    private static readonly string[] Precisions = ["float16", "bfloat16", "4bit"];
    private static readonly int[] Params = [7, 13, 0, 70, 1, 46, 3];

    public static void Write(string path, int rows, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTime(2023, 7, 19, 0, 0, 0, DateTimeKind.Utc);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        writer.Write('\n');
        var line = new StringBuilder(512);
        var distinctModels = Math.Max(1, rows * 19 / 20); // about 5 % duplicate entries, as in the real export
        for (var i = 0; i < rows; i++)
        {
            var model = i < distinctModels ? i : random.Next(distinctModels);
            var fullName = $"owner{model % 20000}/model-{model}";
            var type = Types[random.Next(Types.Length)];
            var scores = Enumerable.Range(0, 6).Select(_ => Math.Round(20 + random.NextDouble() * 70, 2)).ToArray();
            var date = random.Next(40) == 0 ? "" : start.AddSeconds(random.Next(0, 330 * 86400)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            line.Clear()
                .Append(type.Emoji).Append(',').Append(fullName).Append(',')
                .Append(Math.Round(scores.Average(), 2).ToString(CultureInfo.InvariantCulture));
            foreach (var score in scores) line.Append(',').Append(score.ToString(CultureInfo.InvariantCulture));
            line.Append(',').Append(type.Label)
                .Append(',').Append(Architectures[random.Next(Architectures.Length)])
                .Append(',').Append(random.Next(20) == 0 ? "Adapter" : "Original")
                .Append(',').Append(Precisions[random.Next(Precisions.Length)])
                .Append(',').Append(random.Next(5) == 0 ? "FALSE" : "TRUE") // inverted: FALSE = merged
                .Append(',').Append(Licenses[random.Next(Licenses.Length)])
                .Append(',').Append(Params[random.Next(Params.Length)])
                .Append(',').Append(random.Next(200))
                .Append(',').Append(random.Next(4) == 0 ? "FALSE" : "TRUE")
                .Append(',').Append(random.NextInt64().ToString("x16", CultureInfo.InvariantCulture)).Append(random.NextInt64().ToString("x16", CultureInfo.InvariantCulture)).Append("00000000")
                .Append(',').Append(random.Next(60) == 0 ? "FALSE" : "TRUE") // inverted: FALSE = flagged
                .Append(',').Append(random.Next(12) == 0 ? "FALSE" : "TRUE") // inverted: FALSE = MoE
                .Append(',').Append(date)
                .Append(',').Append(fullName)
                .Append(",https://huggingface.co/").Append(fullName)
                .Append('\n');
            writer.Write(line);
        }
    }
}
