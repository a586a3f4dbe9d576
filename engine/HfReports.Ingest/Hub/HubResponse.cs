namespace HfReports.Ingest.Hub;

/// <summary>
/// One HTTP response from the Hub with the few headers enrichment needs, the body read in full.
/// </summary>
/// <param name="Url">The requested address (never carries the token).</param>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">Response body as text; kept verbatim in hub_responses for audit.</param>
/// <param name="NextPageUrl">Target of a Link header with rel="next", when present.</param>
/// <param name="RetryAfter">Wait requested by a Retry-After header (429/503).</param>
/// <param name="ErrorCode">The Hub's X-Error-Code header ('RepoNotFound', 'GatedRepo', ...).</param>
internal sealed record HubResponse(
    string Url,
    int Status,
    string? Body,
    string? NextPageUrl,
    TimeSpan? RetryAfter,
    string? ErrorCode)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Worth another attempt: rate limited or a server-side failure.</summary>
    public bool IsTransient => Status == 429 || Status >= 500;
}
