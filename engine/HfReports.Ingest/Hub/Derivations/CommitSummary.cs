namespace HfReports.Ingest.Hub.Derivations;

/// <summary>A repository's commit history summarised (T3, T3b).</summary>
/// <param name="Commits">Distinct commits, newest first as the Hub lists them.</param>
/// <param name="Authors">Distinct authors of any commit, bots included (the view human_commit_authors filters them).</param>
/// <param name="HumanAuthors">Distinct authors that are not bots: repo_commits.num_of_authors.</param>
/// <param name="FirstCommit">Time of the oldest commit.</param>
/// <param name="LastCommit">Time of the newest commit.</param>
internal sealed record CommitSummary(
    IReadOnlyList<HubCommit> Commits,
    IReadOnlyList<string> Authors,
    int HumanAuthors,
    string? FirstCommit,
    string? LastCommit)
{
    /// <param name="isBot">Bot test: the automatic rules plus the snapshot's listed accounts.</param>
    public static CommitSummary From(IEnumerable<HubCommit> commits, Func<string, bool> isBot)
    {
        // Pages can overlap when a commit lands mid-listing; keep each commit once.
        var distinct = commits.DistinctBy(commit => commit.Id, StringComparer.Ordinal).ToList();
        var authors = distinct.SelectMany(commit => commit.Authors).Distinct(StringComparer.Ordinal).ToList();
        // Times share one fixed-width format, so ordinal order is time order.
        var dates = distinct.Select(commit => commit.Date).Order(StringComparer.Ordinal).ToList();
        return new CommitSummary(
            distinct,
            authors,
            authors.Count(author => !isBot(author)),
            dates.FirstOrDefault(),
            dates.LastOrDefault());
    }
}
