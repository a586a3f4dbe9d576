namespace HfReports.Engine.Query;

/// <summary>What the frames of a build may still take while a query reads its rows (a build's frame allowance).</summary>
internal interface IReadingAllowance
{
    /// <summary>Takes <paramref name="cells"/> and <paramref name="bytes"/> of text more for the query being read; the
    /// error to report when the build's totals would pass their ceiling, else null.</summary>
    string? Take(long cells, long bytes);
}
