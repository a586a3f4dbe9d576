using HfReports.Ingest.Import.Rules;

namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// The v2 leaderboard flattened from its JSON (`id,model_name,...,evaluations_ifeval_value,
/// evaluations_ifeval_normalized_score,...,features_is_flagged,...,metadata_co2_cost`). Booleans
/// are as named; `features_is_not_available_on_hub` is negated into `available_on_hub`.
/// </summary>
internal sealed class V2FlatEntryReader(ColumnMap map) : IEntryReader
{
    private static readonly string[] Benchmarks = ["ifeval", "bbh", "math", "gpqa", "musr", "mmlu_pro"];

    public static ExportFormat Format { get; } = new("v2-flat-csv", "v2",
    [
        new("id", false), new("model_name", true), new("model_sha", false), new("model_precision", false),
        new("model_type", true), new("model_weight_type", false) { Feeds = ReportUses.WeightTypes },
        new("model_architecture", false) { Feeds = ReportUses.Architectures },
        new("model_average_score", true), new("model_has_chat_template", false),
        .. Benchmarks.SelectMany(benchmark => new ColumnSpec[]
        {
            new($"evaluations_{benchmark}_name", false),
            new($"evaluations_{benchmark}_value", true),
            new($"evaluations_{benchmark}_normalized_score", true),
        }),
        new("features_is_not_available_on_hub", false), new("features_is_merged", false) { Feeds = ReportUses.Merges },
        new("features_is_moe", false), new("features_is_flagged", true), new("features_is_official_provider", false),
        new("metadata_upload_date", false), new("metadata_submission_date", false) { Feeds = ReportUses.Dates },
        new("metadata_generation", false), new("metadata_base_model", false),
        new("metadata_hub_license", false) { Feeds = ReportUses.Licences }, new("metadata_hub_hearts", false),
        new("metadata_params_billions", false) { Feeds = ReportUses.Sizes }, new("metadata_co2_cost", false),
    ], flaggedColumn: "features_is_flagged", flaggedInverted: false, map => new V2FlatEntryReader(map));

    private readonly Column _name = map["model_name"], _sha = map["model_sha"], _precision = map["model_precision"],
        _type = map["model_type"], _weightType = map["model_weight_type"], _architecture = map["model_architecture"],
        _average = map["model_average_score"], _notAvailable = map["features_is_not_available_on_hub"],
        _merged = map["features_is_merged"], _moe = map["features_is_moe"], _flagged = map["features_is_flagged"],
        _official = map["features_is_official_provider"], _uploaded = map["metadata_upload_date"],
        _submitted = map["metadata_submission_date"], _generation = map["metadata_generation"],
        _baseModel = map["metadata_base_model"], _license = map["metadata_hub_license"], _hearts = map["metadata_hub_hearts"],
        _params = map["metadata_params_billions"], _co2 = map["metadata_co2_cost"];

    private readonly (Column Normalised, Column Raw)[] _scores = Benchmarks
        .Select(benchmark => (map[$"evaluations_{benchmark}_normalized_score"], map[$"evaluations_{benchmark}_value"]))
        .ToArray();

    public LeaderboardEntry Read(ref RowCursor row) => V2Scores.Fill(new LeaderboardEntry
    {
        SourceLine = row.Line,
        FullName = row.RequiredText(_name),
        TypeRaw = row.Text(_type),
        ModelType = row.ModelType(_type),
        Architecture = row.Text(_architecture),
        WeightType = row.Text(_weightType),
        Precision = row.Text(_precision),
        ParamsB = row.Check(_params, row.Number(_params), ParamsRule.Normalise),
        License = row.Apply(_license, LicenseRule.Normalise),
        Likes = row.Integer(_hearts),
        AvailableOnHub = BooleanRule.Not(row.Apply(_notAvailable, BooleanRule.Parse)),
        IsMerged = row.Apply(_merged, BooleanRule.Parse),
        IsFlagged = row.Apply(_flagged, BooleanRule.Parse),
        IsMoe = row.Apply(_moe, BooleanRule.Parse),
        IsOfficial = row.Apply(_official, BooleanRule.Parse),
        ModelSha = row.Text(_sha),
        SubmittedAt = row.Apply(_submitted, TimestampRule.ToTimestamp),
        UploadedAt = row.Apply(_uploaded, TimestampRule.ToDate),
        BaseModel = row.Text(_baseModel),
        BaseDistance = row.Integer(_generation),
        Co2Cost = row.Number(_co2),
        Average = row.Score(_average),
    }, ref row, _scores);
}
