namespace HfReports.Ingest.Demo;

/// <summary>
/// The non-human committers of the demo: the two service accounts the paper's extraction left
/// out, synthetic bots caught by the 'bot' suffix rule (in any case), and one listed account.
/// </summary>
internal static class BotAccounts
{
    public sealed record Bot(string Name, string Reason, double RepoShare, string CommitTitle);

    public static readonly IReadOnlyList<Bot> All =
    [
        new("leaderboard-pr-bot", "service", 0.10, "Adding Evaluation Results"),
        new("system", "service", 0.03, "Super-squash branch 'main' using huggingface_hub"),
        new("demo-convert-bot", "suffix", 0.06, "Adding `safetensors` variant of this model"),
        new("demo-sync-bot", "suffix", 0.02, "Sync weights from training run"),
        new("Uploader-Bot", "suffix", 0.01, "Upload model via uploader"),
        new("demo-mirror-account", "listed", 0.005, "Mirror repository"),
    ];
}
