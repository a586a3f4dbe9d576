using Dapper;
using HfReports.Ingest.Hub.Derivations;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Hub;

/// <summary>
/// Writes one repository's enrichment into the Hub tables of a snapshot (data/schema.sql),
/// replacing whatever an earlier run stored for it. The caller owns the transaction.
/// Insert statements are prepared once and reused: a full run writes ~100,000 rows.
/// </summary>
internal sealed class SnapshotHubWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<SqliteCommand> _commands = [];
    private readonly SqliteCommand _readStatus, _insertDetails, _insertTag, _insertBaseLink, _insertDatasetLink,
        _insertCommit, _insertAuthor, _insertBot, _insertHistory, _upsertResponse;

    public SnapshotHubWriter(SqliteConnection connection)
    {
        _connection = connection;
        _readStatus = Prepare("SELECT status FROM repo_details WHERE fullname = $fullname", "fullname");
        _insertDetails = Prepare(
            """
            INSERT INTO repo_details(fullname, status, author, created_at, last_modified, downloads, likes,
                                     library_name, pipeline_tag, license, language, gated, fetched_at)
            VALUES ($fullname, $status, $author, $created_at, $last_modified, $downloads, $likes,
                    $library_name, $pipeline_tag, $license, $language, $gated, $fetched_at)
            """,
            "fullname", "status", "author", "created_at", "last_modified", "downloads", "likes",
            "library_name", "pipeline_tag", "license", "language", "gated", "fetched_at");
        _insertTag = Prepare("INSERT INTO repo_tags(fullname, position, tag) VALUES ($fullname, $position, $tag)", "fullname", "position", "tag");
        _insertBaseLink = Prepare(
            "INSERT OR IGNORE INTO base_model_links(model, base_model, relation, source) VALUES ($model, $base_model, $relation, $source)",
            "model", "base_model", "relation", "source");
        _insertDatasetLink = Prepare(
            "INSERT OR IGNORE INTO dataset_links(model, dataset, source) VALUES ($model, $dataset, $source)", "model", "dataset", "source");
        _insertCommit = Prepare(
            "INSERT OR IGNORE INTO commits(fullname, commit_id, committed_at, title) VALUES ($fullname, $commit_id, $committed_at, $title)",
            "fullname", "commit_id", "committed_at", "title");
        _insertAuthor = Prepare("INSERT OR IGNORE INTO commit_authors(repo, author) VALUES ($repo, $author)", "repo", "author");
        _insertBot = Prepare("INSERT OR IGNORE INTO bot_accounts(author, reason) VALUES ($author, $reason)", "author", "reason");
        _insertHistory = Prepare(
            """
            INSERT INTO repo_commits(fullname, num_of_authors, num_of_commits, first_commit, last_commit)
            VALUES ($fullname, $num_of_authors, $num_of_commits, $first_commit, $last_commit)
            """,
            "fullname", "num_of_authors", "num_of_commits", "first_commit", "last_commit");
        _upsertResponse = Prepare(
            "INSERT INTO hub_responses(url, status, fetched_at, body) VALUES ($url, $status, $fetched_at, $body) " +
            "ON CONFLICT(url) DO UPDATE SET status = excluded.status, fetched_at = excluded.fetched_at, body = excluded.body",
            "url", "status", "fetched_at", "body");
    }

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

    /// <summary>Writes what was learnt of a repository, but nothing for an error over an earlier final answer.</summary>
    public void Write(SqliteTransaction transaction, RepoEnrichment repo, string fetchedAt)
    {
        foreach (var command in _commands) command.Transaction = transaction;
        var previous = Run(_readStatus, scalar: true, repo.Fullname) as string;
        if (repo.Status == RepoStatus.Error && previous is not null && RepoStatus.IsSettled(previous)) return;
        // Only a repository asked about before has rows to replace.
        if (previous is not null) DeleteRepo(transaction, repo);

        var info = repo.Info;
        Run(_insertDetails, scalar: false, repo.Fullname, repo.Status, info?.Author, info?.CreatedAt, info?.LastModified,
            info?.Downloads, info?.Likes, info?.LibraryName, info?.PipelineTag, repo.License,
            info is { Card.Languages.Count: > 0 } ? string.Join(',', info.Card.Languages) : null,
            info is not null ? (info.Gated ? 1 : 0) : repo.Status == RepoStatus.Gated ? 1 : null,
            fetchedAt);
        if (info is not null)
            for (var position = 0; position < info.Tags.Count; position++)
                Run(_insertTag, scalar: false, repo.Fullname, position, info.Tags[position]);
        foreach (var link in repo.BaseModels) Run(_insertBaseLink, scalar: false, link.Model, link.BaseModel, link.Relation, link.Source);
        foreach (var link in repo.Datasets) Run(_insertDatasetLink, scalar: false, link.Model, link.Dataset, link.Source);
        if (repo.Commits is { } commits) WriteCommits(repo.Fullname, commits);
        foreach (var response in repo.Responses) Run(_upsertResponse, scalar: false, response.Url, response.Status, fetchedAt, response.Body);
    }

    private void WriteCommits(string fullname, CommitSummary commits)
    {
        foreach (var commit in commits.Commits) Run(_insertCommit, scalar: false, fullname, commit.Id, commit.Date, commit.Title);
        foreach (var author in commits.Authors)
        {
            Run(_insertAuthor, scalar: false, fullname, author);
            // New bots are recorded with the data that introduced them, so a killed run leaves no gap.
            if (BotAccounts.AutomaticReason(author) is { } reason) Run(_insertBot, scalar: false, author, reason);
        }
        Run(_insertHistory, scalar: false, fullname, commits.HumanAuthors, commits.Commits.Count, commits.FirstCommit, commits.LastCommit);
    }

    /// <summary>Removes an earlier run's rows for the repository (refresh, or a retried error).</summary>
    private void DeleteRepo(SqliteTransaction transaction, RepoEnrichment repo)
    {
        // Commit pages are the list URL plus a query; a key range keeps the lookup on the primary key.
        var pagesFrom = repo.CommitsUrl;
        var pagesTo = pagesFrom[..^1] + (char)(pagesFrom[^1] + 1);
        _connection.Execute(
            """
            DELETE FROM repo_tags WHERE fullname = @name;
            DELETE FROM base_model_links WHERE model = @name;
            DELETE FROM dataset_links WHERE model = @name;
            DELETE FROM commits WHERE fullname = @name;
            DELETE FROM commit_authors WHERE repo = @name;
            DELETE FROM repo_commits WHERE fullname = @name;
            DELETE FROM repo_details WHERE fullname = @name;
            DELETE FROM hub_responses WHERE url = @infoUrl OR (url >= @pagesFrom AND url < @pagesTo);
            """,
            new { name = repo.Fullname, infoUrl = repo.InfoUrl, pagesFrom, pagesTo }, transaction);
    }

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames) command.Parameters.Add(new SqliteParameter("$" + name, null));
        _commands.Add(command);
        return command;
    }

    /// <summary>Binds the values in parameter order and runs the prepared statement.</summary>
    private static object? Run(SqliteCommand command, bool scalar, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return scalar ? command.ExecuteScalar() : command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _commands) command.Dispose();
    }
}
