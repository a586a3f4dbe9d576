namespace HfReports.Ingest.Demo;

/// <summary>
/// A synthetic "official" base repository, created on its release date. Owners start with
/// 'demo-' so they are never mistaken for the real organisations.
/// </summary>
internal sealed record OfficialBase(
    string Fullname, Architecture Architecture, int ParamsB, string Released, DemoType Type,
    double Average, string? Licence, long Downloads, int Likes, bool Gated = false)
{
    /// <summary>Noon UTC on the release date: derivatives are always created later.</summary>
    public long CreatedAt { get; } = DemoClock.Date(Released) + 12 * 3600;

    public string Owner => Fullname[..Fullname.IndexOf('/')];
}
