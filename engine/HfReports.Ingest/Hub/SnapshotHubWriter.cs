using Dapper;
using HfReports.Ingest.Hub.Derivations;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Hub;

/// <summary>
/// Writes one repository's enrichment into the Hub tables of a snapshot (data/schema.sql),
/// replacing whatever an earlier run stored for it. The caller owns the transaction.
/// </summary>
public static class SnapshotHubWriter
{
    /// <summary>Adds the service accounts to bot_accounts; a person's 'listed' entry is left as it is.</summary>
    public static void EnsureServiceAccounts(SqliteConnection connection, SqliteTransaction? transaction)
    {
        foreach (var author in BotAccounts.ServiceAccounts)
            connection.Execute(
                "INSERT INTO bot_accounts(author, reason) VALUES (@author, @reason) " +
                "ON CONFLICT(author) DO UPDATE SET reason = excluded.reason WHERE bot_accounts.reason = 'suffix'",
                new { author, reason = BotAccounts.Service }, transaction);
    }

    public static IReadOnlySet<string> ReadBotAccounts(SqliteConnection connection) =>
        connection.Query<string>("SELECT author FROM bot_accounts").ToHashSet(StringComparer.Ordinal);

    /// <summary>Returns false when nothing was written: an error must not replace an earlier final answer.</summary>
    public static bool Write(SqliteConnection connection, SqliteTransaction transaction, RepoEnrichment repo, string fetchedAt)
    {
        var previous = connection.QuerySingleOrDefault<string?>(
            "SELECT status FROM repo_details WHERE fullname = @Fullname", new { repo.Fullname }, transaction);
        if (repo.Status == RepoStatus.Error && previous is not null && RepoStatus.IsSettled(previous)) return false;

        DeleteRepo(connection, transaction, repo);
        InsertDetails(connection, transaction, repo, fetchedAt);
        if (repo.Info is { } info)
            connection.Execute(
                "INSERT INTO repo_tags(fullname, position, tag) VALUES (@fullname, @position, @tag)",
                info.Tags.Select((tag, position) => new { fullname = repo.Fullname, position, tag }), transaction);
        connection.Execute(
            "INSERT OR IGNORE INTO base_model_links(model, base_model, relation, source) VALUES (@Model, @BaseModel, @Relation, @Source)",
            repo.BaseModels, transaction);
        connection.Execute(
            "INSERT OR IGNORE INTO dataset_links(model, dataset, source) VALUES (@Model, @Dataset, @Source)",
            repo.Datasets, transaction);
        if (repo.Commits is { } commits) InsertCommits(connection, transaction, repo.Fullname, commits);
        connection.Execute(
            "INSERT INTO hub_responses(url, status, fetched_at, body) VALUES (@Url, @Status, @fetchedAt, @Body) " +
            "ON CONFLICT(url) DO UPDATE SET status = excluded.status, fetched_at = excluded.fetched_at, body = excluded.body",
            repo.Responses.Select(response => new { response.Url, response.Status, fetchedAt, response.Body }), transaction);
        return true;
    }

    private static void InsertDetails(SqliteConnection connection, SqliteTransaction transaction, RepoEnrichment repo, string fetchedAt)
    {
        var info = repo.Info;
        connection.Execute(
            """
            INSERT INTO repo_details(fullname, status, author, created_at, last_modified, downloads, likes,
                                     library_name, pipeline_tag, license, language, gated, fetched_at)
            VALUES (@fullname, @status, @author, @createdAt, @lastModified, @downloads, @likes,
                    @libraryName, @pipelineTag, @license, @language, @gated, @fetchedAt)
            """,
            new
            {
                fullname = repo.Fullname,
                status = repo.Status,
                author = info?.Author,
                createdAt = info?.CreatedAt,
                lastModified = info?.LastModified,
                downloads = info?.Downloads,
                likes = info?.Likes,
                libraryName = info?.LibraryName,
                pipelineTag = info?.PipelineTag,
                license = repo.License,
                language = info is { Card.Languages.Count: > 0 } ? string.Join(',', info.Card.Languages) : null,
                gated = info is not null ? (info.Gated ? 1 : 0) : repo.Status == RepoStatus.Gated ? 1 : (int?)null,
                fetchedAt,
            },
            transaction);
    }

    private static void InsertCommits(SqliteConnection connection, SqliteTransaction transaction, string fullname, CommitSummary commits)
    {
        connection.Execute(
            "INSERT OR IGNORE INTO commits(fullname, commit_id, committed_at, title) VALUES (@fullname, @Id, @Date, @Title)",
            commits.Commits.Select(commit => new { fullname, commit.Id, commit.Date, commit.Title }), transaction);
        connection.Execute(
            "INSERT OR IGNORE INTO commit_authors(repo, author) VALUES (@fullname, @author)",
            commits.Authors.Select(author => new { fullname, author }), transaction);
        // New bots are recorded with the data that introduced them, so a killed run leaves no gap.
        connection.Execute(
            "INSERT OR IGNORE INTO bot_accounts(author, reason) VALUES (@author, @reason)",
            commits.Authors
                .Select(author => new { author, reason = BotAccounts.AutomaticReason(author) })
                .Where(row => row.reason is not null),
            transaction);
        connection.Execute(
            """
            INSERT INTO repo_commits(fullname, num_of_authors, num_of_commits, first_commit, last_commit)
            VALUES (@fullname, @HumanAuthors, @count, @FirstCommit, @LastCommit)
            """,
            new { fullname, commits.HumanAuthors, count = commits.Commits.Count, commits.FirstCommit, commits.LastCommit },
            transaction);
    }

    /// <summary>Removes an earlier run's rows for the repository (refresh, or a retried error).</summary>
    private static void DeleteRepo(SqliteConnection connection, SqliteTransaction transaction, RepoEnrichment repo)
    {
        var key = new { name = repo.Fullname, repo.InfoUrl, repo.CommitsUrl };
        connection.Execute(
            """
            DELETE FROM repo_tags WHERE fullname = @name;
            DELETE FROM base_model_links WHERE model = @name;
            DELETE FROM dataset_links WHERE model = @name;
            DELETE FROM commits WHERE fullname = @name;
            DELETE FROM commit_authors WHERE repo = @name;
            DELETE FROM repo_commits WHERE fullname = @name;
            DELETE FROM repo_details WHERE fullname = @name;
            DELETE FROM hub_responses WHERE url = @InfoUrl OR substr(url, 1, length(@CommitsUrl)) = @CommitsUrl;
            """,
            key, transaction);
    }
}
