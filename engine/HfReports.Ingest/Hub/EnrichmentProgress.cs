namespace HfReports.Ingest.Hub;

/// <summary>Counts of a run so far; reported after every write and returned at the end.</summary>
public sealed record EnrichmentProgress(
    int Total,
    int Done,
    int Ok,
    int NotFound,
    int Gated,
    int Private,
    int Errors,
    long Commits,
    TimeSpan Elapsed)
{
    /// <summary>Repositories per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the current rate; null until there is a rate.</summary>
    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;
}

/// <summary>The outcome of a run.</summary>
/// <param name="AlreadyEnriched">Repositories skipped because an earlier run settled them.</param>
/// <param name="Cancelled">The run was interrupted; what was fetched is kept.</param>
/// <param name="Problems">A few error descriptions, for the summary.</param>
public sealed record EnrichmentSummary(
    EnrichmentProgress Counts,
    int AlreadyEnriched,
    bool Cancelled,
    IReadOnlyList<string> Problems);
