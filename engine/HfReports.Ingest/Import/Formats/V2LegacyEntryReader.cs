using HfReports.Ingest.Import.Rules;

namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// Older v2 exports with a v1-like header (`t,model,average,ifeval,ifeval_raw,bbh,...,not_merged,
/// hub_license,params_b,...`): the normalised score under the benchmark name, the raw value under
/// `*_raw`. Like v1, this scrape inverts `flagged` and `moe` ('TRUE' means not flagged / not MoE:
/// the 2024-12-10 export has `flagged=TRUE` on every row and `moe=FALSE` on the Mixtral-style models);
/// `not_merged` is negated by name into `is_merged`; the other booleans are as named. Columns the
/// leaderboard added over time (chat template, official providers, base model, dates, CO2 cost) are optional.
/// </summary>
internal sealed class V2LegacyEntryReader(ColumnMap map) : IEntryReader
{
    private static readonly string[] Benchmarks = ["ifeval", "bbh", "math_lvl5", "gpqa", "musr", "mmlu_pro"];

    public static ExportFormat Format { get; } = new("v2-legacy-csv", "v2",
    [
        new("t", false), new("model", true), new("fullname", false), new("url", false), new("average", true),
        .. Benchmarks.SelectMany(benchmark => new ColumnSpec[] { new(benchmark, true), new($"{benchmark}_raw", true) }),
        new("type", true), new("architecture", false) { Feeds = ReportUses.Architectures },
        new("weight_type", false) { Feeds = ReportUses.WeightTypes }, new("precision", false),
        new("not_merged", false) { Feeds = ReportUses.Merges }, new("merged", false) { Feeds = ReportUses.Merges },
        new("flagged", false), new("moe", false), new("available_on_the_hub", false),
        new("hub_license", false) { Feeds = ReportUses.Licences }, new("params_b", false) { Feeds = ReportUses.Sizes }, new("hub_hearts", false),
        new("model_sha", false), new("date", false, "submission_date") { Feeds = ReportUses.Dates }, new("upload_to_hub_date", false, "upload_date"),
        new("chat_template", false), new("official_providers", false, "maintainers_highlight"),
        new("generation", false), new("base_model", false), new("co2_cost", false, "co2_cost_kg", "co₂_cost_(kg)"),
    ], flaggedColumn: "flagged", flaggedInverted: true, map => new V2LegacyEntryReader(map));

    private readonly Column _model = map["model"], _fullName = map["fullname"], _average = map["average"],
        _type = map["type"], _architecture = map["architecture"], _weightType = map["weight_type"],
        _precision = map["precision"], _notMerged = map["not_merged"], _merged = map["merged"], _flagged = map["flagged"],
        _moe = map["moe"], _available = map["available_on_the_hub"], _license = map["hub_license"],
        _params = map["params_b"], _hearts = map["hub_hearts"], _sha = map["model_sha"], _date = map["date"],
        _uploaded = map["upload_to_hub_date"], _official = map["official_providers"], _generation = map["generation"],
        _baseModel = map["base_model"], _co2 = map["co2_cost"];

    private readonly (Column Normalised, Column Raw)[] _scores = Benchmarks
        .Select(benchmark => (map[benchmark], map[$"{benchmark}_raw"]))
        .ToArray();

    public LeaderboardEntry Read(ref RowCursor row) => V2Scores.Fill(new LeaderboardEntry
    {
        SourceLine = row.Line,
        // `model` held the display name in some scrapes; `fullname` is the repository id when present.
        FullName = _fullName.IsPresent ? row.RequiredText(_fullName) : row.RequiredText(_model),
        TypeRaw = row.Text(_type),
        ModelType = row.ModelType(_type),
        Architecture = row.Text(_architecture),
        WeightType = row.Text(_weightType),
        Precision = row.Text(_precision),
        ParamsB = row.Check(_params, row.Number(_params), ParamsRule.Normalise),
        License = row.Apply(_license, LicenseRule.Normalise),
        Likes = row.Integer(_hearts),
        AvailableOnHub = row.Apply(_available, BooleanRule.Parse),
        IsMerged = _notMerged.IsPresent ? BooleanRule.Not(row.Apply(_notMerged, BooleanRule.Parse)) : row.Apply(_merged, BooleanRule.Parse),
        IsFlagged = row.Apply(_flagged, BooleanRule.Inverted),
        IsMoe = row.Apply(_moe, BooleanRule.Inverted),
        IsOfficial = row.Apply(_official, BooleanRule.Parse),
        ModelSha = row.Text(_sha),
        SubmittedAt = row.Apply(_date, TimestampRule.ToTimestamp),
        UploadedAt = row.Apply(_uploaded, TimestampRule.ToDate),
        BaseModel = row.Text(_baseModel),
        BaseDistance = row.Integer(_generation),
        Co2Cost = row.Number(_co2),
        Average = row.Score(_average),
    }, ref row, _scores);
}
