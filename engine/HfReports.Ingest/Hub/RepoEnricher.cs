using System.Text.Json;
using HfReports.Ingest.Hub.Derivations;
using Polly.Timeout;

namespace HfReports.Ingest.Hub;

/// <summary>Fetches one repository (information, then every commit page) and classifies the outcome.</summary>
internal sealed class RepoEnricher(HubClient client, Func<string, bool> isBot)
{
    public async Task<RepoEnrichment> EnrichAsync(string repoId, CancellationToken cancellationToken)
    {
        var responses = new List<HubResponse>();
        try
        {
            var infoResponse = await client.GetModelInfoAsync(repoId, cancellationToken).ConfigureAwait(false);
            responses.Add(infoResponse);
            if (!infoResponse.IsSuccess)
                return Result(repoId, ClassifyRefusal(infoResponse), responses, problem: DescribeFailure(infoResponse));

            HubModelInfo info;
            try { info = HubJson.ParseModelInfo(infoResponse.Body ?? ""); }
            catch (JsonException error) { return Result(repoId, RepoStatus.Error, responses, problem: $"unreadable model information: {error.Message}"); }

            var pages = await client.GetCommitPagesAsync(repoId, cancellationToken).ConfigureAwait(false);
            responses.AddRange(pages);
            CommitSummary? commits = null;
            var last = pages[^1];
            if (last.IsSuccess)
            {
                try { commits = CommitSummary.From(pages.SelectMany(page => HubJson.ParseCommitPage(page.Body ?? "")), isBot); }
                catch (JsonException error) { return Result(repoId, RepoStatus.Error, responses, problem: $"unreadable commit page: {error.Message}"); }
            }
            // A gated or private history is an answer: the details stay, the commits are unknown.
            else if (last.Status is not (401 or 403 or 404))
                return Result(repoId, RepoStatus.Error, responses, problem: "commits: " + DescribeFailure(last));

            return new RepoEnrichment(
                repoId, RepoStatus.Ok, info, LicenseRule.Derive(info),
                BaseModelLinks.Derive(repoId, info), DatasetLinks.Derive(repoId, info),
                commits, responses, client.ModelInfoUrl(repoId), client.CommitsUrl(repoId), null);
        }
        catch (TimeoutRejectedException) { return Result(repoId, RepoStatus.Error, responses, problem: "timed out after retries"); }
        catch (HttpRequestException error) { return Result(repoId, RepoStatus.Error, responses, problem: $"connection failed after retries: {error.HttpRequestError}"); }
        catch (IOException) { return Result(repoId, RepoStatus.Error, responses, problem: "connection broke after retries"); }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // One odd repository must not stop the run; it is retried next time.
            return Result(repoId, RepoStatus.Error, responses, problem: $"unexpected {error.GetType().Name}");
        }
    }

    /// <summary>
    /// 404 and the Hub's RepoNotFound code mean missing; GatedRepo means gated; other 401/403
    /// mean private. Anything else left after retries (429, 5xx, other 4xx) is an error.
    /// </summary>
    public static string ClassifyRefusal(HubResponse response)
    {
        if (response.Status == 404 || response.ErrorCode == "RepoNotFound") return RepoStatus.NotFound;
        if (response.Status is 401 or 403)
        {
            if (response.ErrorCode == "GatedRepo") return RepoStatus.Gated;
            // A bad token fails every request alike; it is the caller's fault, not the repository's.
            if (response.Body?.Contains("Invalid credentials", StringComparison.OrdinalIgnoreCase) == true) return RepoStatus.Error;
            return RepoStatus.Private;
        }
        return RepoStatus.Error;
    }

    private static string DescribeFailure(HubResponse response) =>
        response.ErrorCode is { } code ? $"HTTP {response.Status} ({code})" : $"HTTP {response.Status}";

    private RepoEnrichment Result(string repoId, string status, List<HubResponse> responses, string problem) =>
        new(repoId, status, null, null, [], [], null, responses, client.ModelInfoUrl(repoId), client.CommitsUrl(repoId),
            status == RepoStatus.Error ? problem : null);
}
