using System.Diagnostics;
using System.Threading.Channels;
using Dapper;
using HfReports.Ingest.Hub.Derivations;
using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Hub;

/// <summary>
/// `hfreports snapshot enrich`: asks the Hub about every model of a snapshot.
/// Fetchers run with bounded concurrency and hand finished repositories to a single writer
/// (SQLite has one writer) through a channel. Each repository is committed whole as soon as
/// it is written, so an interrupted run keeps everything fetched and the next run asks only
/// about repositories without a final answer.
/// </summary>
public static class EnrichmentRun
{
    public const string MetaHubUrl = "hub_url";
    public const string MetaEnrichedAt = "hub_enriched_at";
    private const int MaxProblemsKept = 10;

    public static async Task<EnrichmentSummary> RunAsync(
        string snapshotPath,
        HubClientOptions clientOptions,
        EnrichmentOptions options,
        Action<EnrichmentProgress>? onProgress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var connection = SnapshotConnection.OpenReadWrite(snapshotPath, create: false);
        connection.Execute("PRAGMA busy_timeout = 5000");
        // A version this build cannot bring up to date is refused before the Hub is asked anything (an earlier one is
        // upgraded when `models` is rebuilt at the end).
        SchemaUpgrade.Check(connection);
        // WAL with NORMAL sync commits each batch without an fsync: a killed process loses nothing
        // committed (only a power cut could), and thousands of small commits stay cheap.
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
        SnapshotHubWriter.EnsureServiceAccounts(connection, null);
        var bots = SnapshotHubWriter.ReadBotAccounts(connection);
        bool IsBot(string author) => bots.Contains(author) || BotAccounts.AutomaticReason(author) is not null;

        var (pending, alreadyEnriched) = FindPending(connection, options);
        var counts = new Counter(pending.Count);
        var problems = new List<string>();
        onProgress?.Invoke(counts.Snapshot(clock.Elapsed));

        using var client = new HubClient(clientOptions);
        var enricher = new RepoEnricher(client, IsBot);
        var finished = Channel.CreateBounded<RepoEnrichment>(new BoundedChannelOptions(options.Concurrency * 4) { SingleReader = true });
        // A failing writer (disk full, locked file) stops the fetchers too.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var writer = Task.Run(() => WriteAllAsync(connection, finished.Reader, options.MaxBatch, written =>
        {
            foreach (var repo in written)
            {
                counts.Add(repo);
                if (repo.Problem is { } problem && problems.Count < MaxProblemsKept) problems.Add($"{repo.Fullname}: {problem}");
            }
            onProgress?.Invoke(counts.Snapshot(clock.Elapsed));
        }), CancellationToken.None);
        _ = writer.ContinueWith(_ => stop.Cancel(), TaskContinuationOptions.OnlyOnFaulted);

        var cancelled = false;
        try
        {
            await Parallel.ForEachAsync(pending,
                new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = stop.Token },
                async (repoId, token) =>
                {
                    var result = await enricher.EnrichAsync(repoId, token).ConfigureAwait(false);
                    await finished.Writer.WriteAsync(result, token).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Interrupted: repositories in flight are dropped, finished ones are still written below.
            cancelled = true;
        }
        finally
        {
            finished.Writer.TryComplete();
        }
        await writer.ConfigureAwait(false);

        Finish(connection, clientOptions.BaseUrl);
        return new EnrichmentSummary(counts.Snapshot(clock.Elapsed), alreadyEnriched, cancelled, problems);
    }

    /// <summary>Repositories to ask about: all of them with --refresh, else those without a final answer.</summary>
    private static (IReadOnlyList<string> Pending, int AlreadyEnriched) FindPending(SqliteConnection connection, EnrichmentOptions options)
    {
        var rows = connection.Query<StoredRepo>(
            """
            SELECT m.fullname AS Fullname, d.status AS Status
            FROM (SELECT DISTINCT fullname FROM leaderboard_entries) m
            LEFT JOIN repo_details d ON d.fullname = m.fullname
            ORDER BY m.fullname
            """).AsList();
        var pending = rows
            .Where(row => options.Refresh || row.Status is null || !RepoStatus.IsSettled(row.Status))
            .Select(row => row.Fullname)
            .Take(options.Limit ?? int.MaxValue)
            .ToList();
        var alreadyEnriched = options.Refresh ? 0 : rows.Count(row => row.Status is not null && RepoStatus.IsSettled(row.Status));
        return (pending, alreadyEnriched);
    }

    internal sealed record StoredRepo(string Fullname, string? Status);

    /// <summary>Writes whatever has arrived, a batch per transaction, each repository whole.</summary>
    private static async Task WriteAllAsync(SqliteConnection connection, ChannelReader<RepoEnrichment> reader, int maxBatch, Action<IReadOnlyList<RepoEnrichment>> written)
    {
        using var hubWriter = new SnapshotHubWriter(connection);
        var batch = new List<RepoEnrichment>(maxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < maxBatch && reader.TryRead(out var repo)) batch.Add(repo);
            var fetchedAt = HubTimestamp.ToSnapshot(DateTimeOffset.UtcNow);
            using (var transaction = connection.BeginTransaction())
            {
                foreach (var repo in batch) hubWriter.Write(transaction, repo, fetchedAt);
                transaction.Commit();
            }
            written(batch);
        }
    }

    /// <summary>Rebuilds `models` so created_at and downloads come from the Hub, and notes the run.</summary>
    private static void Finish(SqliteConnection connection, Uri hubUrl)
    {
        using var transaction = connection.BeginTransaction();
        ModelsTable.Rebuild(connection, transaction);
        SnapshotMeta.Set(connection, transaction, MetaHubUrl, hubUrl.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/'));
        SnapshotMeta.Set(connection, transaction, MetaEnrichedAt, HubTimestamp.ToSnapshot(DateTimeOffset.UtcNow));
        transaction.Commit();
        // Back to a single self-contained file (leaving WAL checkpoints it) for readers and copies: a build hashes the
        // snapshot file alone, and opening a WAL database read-only creates side files. A reader holding the file open
        // prevents it; the WAL mode is harmless then (the next enrichment leaves it).
        // Microsoft.Data.Sqlite retries a busy database until the command's timeout, which must be given here: without
        // it a reader holding the file kept the run waiting for ever (a test holds one).
        try { connection.Execute("PRAGMA journal_mode = DELETE", commandTimeout: 5); }
        catch (SqliteException) { }
    }

    /// <summary>Running counts, touched by the writer only.</summary>
    private sealed class Counter(int total)
    {
        private int _done, _ok, _notFound, _gated, _private, _errors;
        private long _commits;

        public void Add(RepoEnrichment repo)
        {
            _done++;
            _commits += repo.Commits?.Commits.Count ?? 0;
            switch (repo.Status)
            {
                case RepoStatus.Ok: _ok++; break;
                case RepoStatus.NotFound: _notFound++; break;
                case RepoStatus.Gated: _gated++; break;
                case RepoStatus.Private: _private++; break;
                default: _errors++; break;
            }
        }

        public EnrichmentProgress Snapshot(TimeSpan elapsed) =>
            new(total, _done, _ok, _notFound, _gated, _private, _errors, _commits, elapsed);
    }
}
