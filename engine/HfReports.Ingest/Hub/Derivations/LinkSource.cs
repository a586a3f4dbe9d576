namespace HfReports.Ingest.Hub.Derivations;

/// <summary>Where a link came from; the values of base_model_links.source and dataset_links.source.</summary>
internal static class LinkSource
{
    public const string Card = "card";
    public const string Tag = "tag";
}
