namespace HfReports.Tests.Import;

/// <summary>Tiny exports in each format, written by the tests (never real data).</summary>
public static class SmallExports
{
    public const string V1Header =
        "t,model,average,arc,hellaswag,mmlu,truthfulqa,winogrande,gsm8k,type,architecture,weight_type,precision,merged,hub_license,params_b,hub_hearts,available_on_the_hub,model_sha,flagged,moe,date,fullname,url";

    /// <summary>A v1 row; the defaults describe a plain, unflagged fine-tuned model.</summary>
    public static string V1Row(string fullName, string average = "60.5", string type = "🔶 fine-tuned on domain-specific datasets",
        string merged = "TRUE", string flagged = "TRUE", string moe = "TRUE", string license = "apache-2.0", string parameters = "7",
        string date = "2024-05-05T12:22:44Z", string arc = "61.2") =>
        $"{(type.Length > 0 ? type[..2] : "?")},{fullName},{average},{arc},80.1,55.3,50.2,75.5,40.1,\"{type}\",LlamaForCausalLM,Original,bfloat16,{merged},{license},{parameters},3,TRUE,abc123,{flagged},{moe},{date},{fullName},https://huggingface.co/{fullName}";

    public static string V1(params string[] rows) => string.Join("\n", [V1Header, .. rows]) + "\n";

    public const string V2LegacyHeader =
        "t,model,average,ifeval,ifeval_raw,bbh,bbh_raw,math_lvl5,math_lvl5_raw,gpqa,gpqa_raw,musr,musr_raw,mmlu_pro,mmlu_pro_raw,type,architecture,weight_type,precision,not_merged,hub_license,params_b,hub_hearts,available_on_the_hub,model_sha,flagged,moe,date,fullname,url";

    /// <summary>A legacy v2 row; `flagged` and `moe` are inverted like v1's, so the defaults are an unflagged dense model.</summary>
    public static string V2LegacyRow(string fullName, string average = "30.5", string notMerged = "TRUE", string flagged = "TRUE", string moe = "TRUE") =>
        $"💬,{fullName},{average},70.1,0.701,40.2,0.55,10.3,0.103,5.1,0.29,8.2,0.41,30.3,0.37,\"💬 chat models (RLHF, DPO, IFT, ...)\",Qwen2ForCausalLM,Original,bfloat16,{notMerged},MIT,7.6,12,TRUE,def456,{flagged},{moe},2024-06-26T10:00:00Z,{fullName},https://huggingface.co/{fullName}";

    public const string V2FlatHeader =
        "id,model_name,model_sha,model_precision,model_type,model_weight_type,model_architecture,model_average_score,model_has_chat_template," +
        "evaluations_ifeval_name,evaluations_ifeval_value,evaluations_ifeval_normalized_score,evaluations_bbh_name,evaluations_bbh_value,evaluations_bbh_normalized_score," +
        "evaluations_math_name,evaluations_math_value,evaluations_math_normalized_score,evaluations_gpqa_name,evaluations_gpqa_value,evaluations_gpqa_normalized_score," +
        "evaluations_musr_name,evaluations_musr_value,evaluations_musr_normalized_score,evaluations_mmlu_pro_name,evaluations_mmlu_pro_value,evaluations_mmlu_pro_normalized_score," +
        "features_is_not_available_on_hub,features_is_merged,features_is_moe,features_is_flagged,features_is_official_provider," +
        "metadata_upload_date,metadata_submission_date,metadata_generation,metadata_base_model,metadata_hub_license,metadata_hub_hearts,metadata_params_billions,metadata_co2_cost";

    /// <summary>A flattened v2 row (the JSON's fields as columns); booleans as named, so the defaults are an unflagged,
    /// available, dense, unmerged model.</summary>
    public static string V2FlatRow(string fullName, string notAvailable = "FALSE", string merged = "FALSE", string moe = "FALSE", string flagged = "FALSE") =>
        $"{fullName}_bfloat16_abc_True,{fullName},0123abcd,bfloat16,chatmodels,Original,MistralForCausalLM,8.9,TRUE," +
        "IFEval,0.33,33.0,BBH,0.36,10.1,MATH Level 5,0.014,1.4,GPQA,0.26,1.2,MUSR,0.38,5.9,MMLU-PRO,0.12,1.8," +
        $"{notAvailable},{merged},{moe},{flagged},FALSE,2024-04-13,2024-08-05,1,base/model,apache-2.0,3,7.242,1.25";

    /// <summary>The export without the named columns (header and rows), for files older or newer than the usual layout.</summary>
    public static string WithoutColumns(string csv, params string[] names)
    {
        var lines = csv.TrimEnd('\n').Split('\n').Select(SplitFields).ToList();
        var drop = names.Select(name => lines[0].IndexOf(name)).ToHashSet();
        Assert.DoesNotContain(-1, drop);
        return string.Join("\n", lines.Select(fields => string.Join(",", fields.Where((_, i) => !drop.Contains(i))))) + "\n";
    }

    /// <summary>Splits one CSV line on commas outside quotes, keeping each field's text as written.</summary>
    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var (start, quoted) = (0, false);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ',' && !quoted) { fields.Add(line[start..i]); start = i + 1; }
        }
        fields.Add(line[start..]);
        return fields;
    }
}
