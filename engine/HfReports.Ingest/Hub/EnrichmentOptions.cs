namespace HfReports.Ingest.Hub;

/// <summary>What one `snapshot enrich` run does.</summary>
public sealed class EnrichmentOptions
{
    /// <summary>
    /// Requests in flight at once. 16 keeps 7,000 models (information and commits) at 20 ms
    /// latency well under a minute while staying polite to the public Hub.
    /// </summary>
    public const int DefaultConcurrency = 16;

    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>Ask again about repositories that already have a final answer.</summary>
    public bool Refresh { get; init; }

    /// <summary>Enrich at most this many repositories (the first ones by name); null = all.</summary>
    public int? Limit { get; init; }

    /// <summary>Repositories written per transaction at most; one transaction still holds whole repositories only.</summary>
    public int MaxBatch { get; init; } = 64;
}
