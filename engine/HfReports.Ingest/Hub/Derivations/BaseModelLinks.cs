namespace HfReports.Ingest.Hub.Derivations;

/// <summary>A row of base_model_links.</summary>
internal sealed record BaseModelLink(string Model, string BaseModel, string? Relation, string Source);

/// <summary>
/// Model -> base model (T5): the card's base_model (string or list) and every 'base_model:' tag.
/// The Hub writes each base as a plain tag 'base_model:X' plus a tag naming the relation,
/// 'base_model:finetune:X' (or merge, adapter, quantized); both collapse into one tag link
/// carrying the relation. A card link takes the card's base_model_relation, else the relation
/// the tags give for the same base. Links of a model to itself are dropped.
/// </summary>
internal static class BaseModelLinks
{
    public const string TagPrefix = "base_model:";
    public static readonly IReadOnlySet<string> Relations = new HashSet<string>(StringComparer.Ordinal) { "finetune", "merge", "adapter", "quantized" };

    public static IReadOnlyList<BaseModelLink> Derive(string model, HubModelInfo info)
    {
        var tagRelations = FromTags(info.Tags);
        var links = new List<BaseModelLink>();
        var cardRelation = Normalize(info.Card.BaseModelRelation);
        foreach (var baseModel in info.Card.BaseModels.Distinct(StringComparer.Ordinal))
        {
            if (IsSelf(model, baseModel)) continue;
            var relation = cardRelation is not null && Relations.Contains(cardRelation)
                ? cardRelation
                : tagRelations.GetValueOrDefault(baseModel);
            links.Add(new BaseModelLink(model, baseModel, relation, LinkSource.Card));
        }
        foreach (var (baseModel, relation) in tagRelations)
            if (!IsSelf(model, baseModel))
                links.Add(new BaseModelLink(model, baseModel, relation, LinkSource.Tag));
        return links;
    }

    /// <summary>Base models named by tags, in tag order, with the first relation a tag gives (null when none).</summary>
    public static IReadOnlyDictionary<string, string?> FromTags(IEnumerable<string> tags)
    {
        var bases = new Dictionary<string, string?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var tag in tags)
        {
            if (!tag.StartsWith(TagPrefix, StringComparison.Ordinal)) continue;
            var rest = tag[TagPrefix.Length..].Trim();
            string? relation = null;
            // Repository ids never contain ':', so 'kind:X' can only be a relation prefix.
            var colon = rest.IndexOf(':');
            if (colon > 0 && Relations.Contains(rest[..colon]))
            {
                relation = rest[..colon];
                rest = rest[(colon + 1)..].Trim();
            }
            if (rest.Length == 0) continue;
            if (!bases.TryGetValue(rest, out var known)) { bases[rest] = relation; order.Add(rest); }
            else if (known is null && relation is not null) bases[rest] = relation;
        }
        return order.ToDictionary(name => name, name => bases[name], StringComparer.Ordinal);
    }

    private static string? Normalize(string? relation) => relation?.Trim().ToLowerInvariant();

    private static bool IsSelf(string model, string baseModel) => string.Equals(model, baseModel, StringComparison.OrdinalIgnoreCase);
}
