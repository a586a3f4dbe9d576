namespace HfReports.Ingest.Hub.Derivations;

/// <summary>A row of dataset_links.</summary>
internal sealed record DatasetLink(string Model, string Dataset, string Source);

/// <summary>Model -> dataset (T6): the card's datasets (string or list) and every 'dataset:' tag.</summary>
internal static class DatasetLinks
{
    public const string TagPrefix = "dataset:";

    public static IReadOnlyList<DatasetLink> Derive(string model, HubModelInfo info)
    {
        var fromCard = info.Card.Datasets
            .Distinct(StringComparer.Ordinal)
            .Select(dataset => new DatasetLink(model, dataset, LinkSource.Card));
        var fromTags = info.Tags
            .Where(tag => tag.StartsWith(TagPrefix, StringComparison.Ordinal))
            .Select(tag => tag[TagPrefix.Length..].Trim())
            .Where(dataset => dataset.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(dataset => new DatasetLink(model, dataset, LinkSource.Tag));
        return fromCard.Concat(fromTags).ToList();
    }
}
