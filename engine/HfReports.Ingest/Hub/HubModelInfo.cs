namespace HfReports.Ingest.Hub;

/// <summary>
/// The fields of GET /api/models/{repo_id} that the paper uses. Card fields that the Hub
/// accepts as a string or a list are always lists here.
/// </summary>
internal sealed record HubModelInfo(
    string? Id,
    string? Author,
    string? CreatedAt,
    string? LastModified,
    long? Downloads,
    long? Likes,
    string? LibraryName,
    string? PipelineTag,
    IReadOnlyList<string> Tags,
    bool Gated,
    bool Private,
    HubCardData Card);

/// <summary>The model card's YAML header as the Hub returns it in cardData.</summary>
internal sealed record HubCardData(
    IReadOnlyList<string> Licenses,
    IReadOnlyList<string> BaseModels,
    string? BaseModelRelation,
    IReadOnlyList<string> Datasets,
    IReadOnlyList<string> Languages)
{
    public static HubCardData Empty { get; } = new([], [], null, [], []);
}
