namespace HfReports.Ingest.Hub.Derivations;

/// <summary>
/// The licence of a repository: the card's license field (the first one when it is a list),
/// else the first 'license:' tag; lower-cased like the leaderboard's licence column.
/// </summary>
internal static class LicenseRule
{
    public const string TagPrefix = "license:";

    public static string? Derive(HubModelInfo info)
    {
        var fromCard = info.Card.Licenses.FirstOrDefault();
        var fromTag = info.Tags
            .Where(tag => tag.StartsWith(TagPrefix, StringComparison.Ordinal))
            .Select(tag => tag[TagPrefix.Length..].Trim())
            .FirstOrDefault(license => license.Length > 0);
        return (fromCard ?? fromTag)?.ToLowerInvariant();
    }
}
