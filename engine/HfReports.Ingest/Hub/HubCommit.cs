namespace HfReports.Ingest.Hub;

/// <summary>One entry of GET /api/models/{repo_id}/commits/{revision}.</summary>
/// <param name="Id">Commit hash.</param>
/// <param name="Date">Commit time, normalised to ISO-8601 UTC seconds.</param>
/// <param name="Title">First line of the message.</param>
/// <param name="Authors">Hub user names of the authors (authors[].user); may be empty.</param>
internal sealed record HubCommit(string Id, string Date, string? Title, IReadOnlyList<string> Authors);
