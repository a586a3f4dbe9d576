namespace HfReports.Ingest.Demo;

/// <summary>
/// The Hub tags of a repository, in the order the Hub lists them: library and file formats,
/// model type, pipeline, card tags, languages, datasets, base models, licence, then the
/// Hub's compatibility tags (the ubiquitous 'endpoints_compatible' and 'region:us' are left out
/// to keep large demos small). Consistent with the model's links and licence.
/// </summary>
internal static class HubTags
{
    private static readonly long SafetensorsCommon = DemoClock.Seconds(2023, 6, 1);
    private static readonly long PytorchFades = DemoClock.Seconds(2023, 10, 1);

    public static string LibraryName(DemoModel model) => model.WeightType == "Adapter" ? "peft" : "transformers";

    public static void Build(DemoModel model, List<string> tags, DemoRandom random)
    {
        tags.Clear();
        tags.Add(LibraryName(model));
        if (model.CreatedAt < PytorchFades ? random.Chance(0.75) : random.Chance(0.12)) tags.Add("pytorch");
        if (model.CreatedAt >= SafetensorsCommon ? random.Chance(0.92) : random.Chance(0.35)) tags.Add("safetensors");
        tags.Add(model.Architecture.HubTag);
        tags.Add("text-generation");
        if (model.Type == DemoType.Merge || model.IsMerged)
        {
            tags.Add("mergekit");
            tags.Add("merge");
        }
        if (model.IsMoe) tags.Add("moe");
        if (model.Type == DemoType.Chat) tags.Add("conversational");
        if (model.Type == DemoType.FineTuned && random.Chance(0.2)) tags.Add("generated_from_trainer");
        if (model.Type == DemoType.Pretrained) tags.Add("pretrained");
        if (model.Language is { } languages)
            foreach (var language in languages.Split(','))
                tags.Add(language);
        foreach (var dataset in model.Datasets)
            tags.Add("dataset:" + dataset);
        foreach (var link in model.BaseModels)
        {
            if (!link.InTag) continue;
            tags.Add("base_model:" + link.BaseModel);
            if (link.TagHasRelation) tags.Add($"base_model:{link.Relation}:{link.BaseModel}");
        }
        if (model.Licence is { } licence) tags.Add("license:" + licence);
        if (random.Chance(0.8)) tags.Add("autotrain_compatible");
        if (model.Architecture.HubTag is "llama" or "mistral" or "mixtral" or "gpt_neox" or "qwen2" or "gemma" && random.Chance(0.7))
            tags.Add("text-generation-inference");
    }
}
