using HfReports.Ingest.Hub.Derivations;

namespace HfReports.Ingest.Hub;

/// <summary>Everything fetched and derived for one repository; written to the snapshot in one transaction.</summary>
/// <param name="Fullname">Repository id 'owner/name' as the leaderboard names it.</param>
/// <param name="Status">One of <see cref="RepoStatus"/>.</param>
/// <param name="Info">Parsed model information when the Hub gave it.</param>
/// <param name="Commits">Commit history, or null when the Hub did not give it.</param>
/// <param name="Responses">Every HTTP response received, for hub_responses.</param>
/// <param name="InfoUrl">Address of the model information; with <paramref name="CommitsUrl"/> it finds old responses to replace.</param>
/// <param name="Problem">Why the status is 'error' (for the summary), else null.</param>
internal sealed record RepoEnrichment(
    string Fullname,
    string Status,
    HubModelInfo? Info,
    string? License,
    IReadOnlyList<BaseModelLink> BaseModels,
    IReadOnlyList<DatasetLink> Datasets,
    CommitSummary? Commits,
    IReadOnlyList<HubResponse> Responses,
    string InfoUrl,
    string CommitsUrl,
    string? Problem);
