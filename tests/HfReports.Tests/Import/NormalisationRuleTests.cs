using HfReports.Ingest.Import.Formats;
using HfReports.Ingest.Import.Rules;

namespace HfReports.Tests.Import;

/// <summary>Each normalisation rule of data/README.md "Import and cleaning rules", one by one.</summary>
public sealed class NormalisationRuleTests
{
    [Theory]
    [InlineData("🔶 fine-tuned on domain-specific datasets", ModelTypeRule.FineTuned)]
    [InlineData("💬 chat models (RLHF, DPO, IFT, ...)", ModelTypeRule.Chat)]
    [InlineData("🤝 base merges and moerges", ModelTypeRule.Merge)]
    [InlineData("🟢 pretrained", ModelTypeRule.Pretrained)]
    [InlineData("🟩 continuously pretrained", ModelTypeRule.ContinuouslyPretrained)]
    [InlineData("fine-tunedondomain-specificdatasets", ModelTypeRule.FineTuned)]
    [InlineData("chatmodels", ModelTypeRule.Chat)]
    [InlineData("basemergesandmoerges", ModelTypeRule.Merge)]
    [InlineData("continuouslypretrained", ModelTypeRule.ContinuouslyPretrained)]
    [InlineData("multimodal", ModelTypeRule.Multimodal)]
    [InlineData("❓other", ModelTypeRule.Other)]
    [InlineData("", null)]
    [InlineData("?", null)]
    public void Type_labels_map_to_one_set_of_model_types(string exported, string? expected) =>
        Assert.Equal(expected, ModelTypeRule.Normalise(exported));

    [Fact]
    public void Unknown_type_label_is_refused() =>
        Assert.Equal("unknown model type 'robots'", Assert.Throws<FormatException>(() => ModelTypeRule.Normalise("robots")).Message);

    [Theory]
    [InlineData("TRUE", true, false)]
    [InlineData("FALSE", false, true)]
    [InlineData("true", true, false)]
    [InlineData("", null, null)]
    public void V1_inverted_booleans_flip_and_plain_ones_do_not(string exported, bool? plain, bool? inverted)
    {
        Assert.Equal(plain, BooleanRule.Parse(exported));
        Assert.Equal(inverted, BooleanRule.Inverted(exported));
    }

    [Theory]
    [InlineData("Apache-2.0", "apache-2.0")]
    [InlineData(" mit ", "mit")]
    [InlineData("", null)]
    [InlineData("other", "other")]
    [InlineData("unknown", "unknown")]
    public void Licences_are_lower_case_and_empty_is_null(string exported, string? expected) =>
        Assert.Equal(expected, LicenseRule.Normalise(exported));

    [Theory]
    [InlineData(0.0, null)]
    [InlineData(-1.0, null)]
    [InlineData(7.0, 7.0)]
    [InlineData(null, null)]
    public void Unknown_parameter_sizes_are_null(double? exported, double? expected) =>
        Assert.Equal(expected, ParamsRule.Normalise(exported));

    [Theory]
    [InlineData("2024-05-05T12:22:44Z", "2024-05-05T12:22:44Z")]
    [InlineData("2023-09-15T11:25:37.918274", "2023-09-15T11:25:37Z")]
    [InlineData("2024-05-05T14:22:44+02:00", "2024-05-05T12:22:44Z")]
    [InlineData("2024-08-05", "2024-08-05T00:00:00Z")]
    [InlineData("", null)]
    public void Times_become_utc_iso_timestamps(string exported, string? expected) =>
        Assert.Equal(expected, TimestampRule.ToTimestamp(exported));

    [Fact]
    public void Dates_become_iso_dates() => Assert.Equal("2024-04-13", TimestampRule.ToDate("2024-04-13"));

    [Fact]
    public void V2_scores_keep_raw_accuracy_and_normalised_points_in_their_ranges()
    {
        Assert.Equal(0.33, ScoreRule.Raw(0.33));
        Assert.Equal(33.0, ScoreRule.Points(33.0));
        Assert.Throws<FormatException>(() => ScoreRule.Raw(33.0));
        Assert.Throws<FormatException>(() => ScoreRule.Points(-0.5));
        // The ends of each range are scores (a model that got nothing right, or everything).
        Assert.Equal(0.0, ScoreRule.Points(0.0));
        Assert.Equal(100.0, ScoreRule.Points(100.0));
        Assert.Equal(0.0, ScoreRule.Raw(0.0));
        Assert.Equal(1.0, ScoreRule.Raw(1.0));
        Assert.Throws<FormatException>(() => ScoreRule.Points(100.01));
        Assert.Throws<FormatException>(() => ScoreRule.Raw(-0.001));
    }

    [Theory]
    [InlineData(SmallExports.V1Header, "v1-csv")]
    [InlineData(SmallExports.V2LegacyHeader, "v2-legacy-csv")]
    [InlineData("id,model_name,model_sha,model_precision,model_type,model_weight_type,model_architecture,model_average_score,model_has_chat_template,evaluations_ifeval_name,evaluations_ifeval_value,evaluations_ifeval_normalized_score,evaluations_bbh_name,evaluations_bbh_value,evaluations_bbh_normalized_score,evaluations_math_name,evaluations_math_value,evaluations_math_normalized_score,evaluations_gpqa_name,evaluations_gpqa_value,evaluations_gpqa_normalized_score,evaluations_musr_name,evaluations_musr_value,evaluations_musr_normalized_score,evaluations_mmlu_pro_name,evaluations_mmlu_pro_value,evaluations_mmlu_pro_normalized_score,features_is_not_available_on_hub,features_is_merged,features_is_moe,features_is_flagged,features_is_official_provider,metadata_upload_date,metadata_submission_date,metadata_generation,metadata_base_model,metadata_hub_license,metadata_hub_hearts,metadata_params_billions,metadata_co2_cost", "v2-flat-csv")]
    [InlineData("T,Model,Average ⬆️,IFEval,IFEval Raw,BBH,BBH Raw,MATH Lvl 5,MATH Lvl 5 Raw,GPQA,GPQA Raw,MUSR,MUSR Raw,MMLU-PRO,MMLU-PRO Raw,Type,Not_Merged,Hub License", "v2-legacy-csv")]
    public void Format_is_detected_from_the_header(string header, string format) =>
        Assert.Equal(format, FormatDetector.Detect(header.Split(','), "x.csv").Format.Name);
}
