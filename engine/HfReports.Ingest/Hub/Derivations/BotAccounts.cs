namespace HfReports.Ingest.Hub.Derivations;

/// <summary>
/// Which commit authors are bots (C8). Names ending in 'bot' in any case are bots
/// (reason 'suffix'); 'system' and 'leaderboard-pr-bot' are the Hub's service accounts
/// (reason 'service'); anything else a person adds to bot_accounts has reason 'listed'.
/// </summary>
internal static class BotAccounts
{
    public const string Suffix = "suffix";
    public const string Service = "service";

    public static readonly IReadOnlyList<string> ServiceAccounts = ["system", "leaderboard-pr-bot"];

    public static bool HasBotSuffix(string author) => author.EndsWith("bot", StringComparison.OrdinalIgnoreCase);

    /// <summary>The automatic reason for an author, or null for an author that looks human.</summary>
    public static string? AutomaticReason(string author) =>
        ServiceAccounts.Contains(author, StringComparer.Ordinal) ? Service
        : HasBotSuffix(author) ? Suffix
        : null;
}
