using System.Net.Http.Headers;
using Polly;

namespace HfReports.Ingest.Hub;

/// <summary>
/// The two public Hub endpoints the paper's pipeline used: model information
/// (GET /api/models/{repo_id}) and the commit list of a branch
/// (GET /api/models/{repo_id}/commits/{revision}, paginated through Link headers).
/// Each call goes through <see cref="HubResiliencePipeline"/>.
/// </summary>
internal sealed class HubClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly HubClientOptions _options;
    private readonly ResiliencePipeline<HubResponse> _pipeline;
    private readonly string _apiRoot;

    public HubClient(HubClientOptions options, HttpMessageHandler? handler = null)
    {
        _options = options;
        _pipeline = HubResiliencePipeline.Create(options);
        // Timeouts belong to the pipeline (per attempt), so HttpClient's own is off.
        _http = handler is null
            ? new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("hfreports/1.0");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _apiRoot = options.BaseUrl.ToString().TrimEnd('/') + "/api/models/";
    }

    public string ModelInfoUrl(string repoId) => _apiRoot + EscapeRepoId(repoId);

    public string CommitsUrl(string repoId) =>
        $"{_apiRoot}{EscapeRepoId(repoId)}/commits/{Uri.EscapeDataString(_options.Revision)}";

    public Task<HubResponse> GetModelInfoAsync(string repoId, CancellationToken cancellationToken) =>
        GetAsync(ModelInfoUrl(repoId), cancellationToken);

    /// <summary>
    /// Every page of the commit list, following rel="next" links. Stops at the first page that
    /// is not a success, which the caller finds as the last element.
    /// </summary>
    public async Task<IReadOnlyList<HubResponse>> GetCommitPagesAsync(string repoId, CancellationToken cancellationToken)
    {
        var pages = new List<HubResponse>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? url = CommitsUrl(repoId);
        while (url is not null && seen.Add(url) && pages.Count < _options.MaxCommitPages)
        {
            var page = await GetAsync(url, cancellationToken).ConfigureAwait(false);
            pages.Add(page);
            if (!page.IsSuccess) break;
            url = page.NextPageUrl;
        }
        return pages;
    }

    /// <summary>One GET through the pipeline; retries are invisible to the caller.</summary>
    public async Task<HubResponse> GetAsync(string url, CancellationToken cancellationToken) =>
        await _pipeline.ExecuteAsync(
            static async (state, token) => await state.Client.SendOnceAsync(state.Url, token).ConfigureAwait(false),
            (Client: this, Url: url),
            cancellationToken).ConfigureAwait(false);

    private async Task<HubResponse> SendOnceAsync(string url, CancellationToken cancellationToken)
    {
        var uri = new Uri(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        // The token goes to the configured Hub only, never to a host a Link header points at.
        if (!string.IsNullOrEmpty(_options.Token) && IsSameOrigin(uri, _options.BaseUrl))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        // The body is read inside the attempt so a slow body counts against the timeout too.
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var next = response.Headers.TryGetValues("Link", out var links) ? LinkHeader.FindNext(links, uri) : null;
        var errorCode = response.Headers.TryGetValues("X-Error-Code", out var codes) ? codes.FirstOrDefault() : null;
        return new HubResponse(url, (int)response.StatusCode, body, next, ReadRetryAfter(response), errorCode);
    }

    private static TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta) return delta;
        if (retryAfter?.Date is { } date) return date - DateTimeOffset.UtcNow;
        return null;
    }

    private static bool IsSameOrigin(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>'owner/name' keeps its slash; each segment is escaped.</summary>
    private static string EscapeRepoId(string repoId) =>
        string.Join('/', repoId.Split('/').Select(Uri.EscapeDataString));

    public void Dispose() => _http.Dispose();
}
