using HfReports.Ingest.Import.Rules;

namespace HfReports.Ingest.Import.Formats;

/// <summary>
/// The v1 leaderboard CSV (`t,model,average,arc,...,fullname,url`). `merged`, `flagged` and `moe`
/// are inverted in this export; `available_on_the_hub` is not (see <see cref="BooleanRule"/>).
/// </summary>
internal sealed class V1EntryReader(ColumnMap map) : IEntryReader
{
    public static ExportFormat Format { get; } = new("v1-csv", "v1",
    [
        new("t", false), new("model", false), new("fullname", true), new("url", false),
        new("average", true), new("arc", true), new("hellaswag", true), new("mmlu", true),
        new("truthfulqa", true), new("winogrande", true), new("gsm8k", true),
        new("type", true), new("architecture", false) { Feeds = ReportUses.Architectures },
        new("weight_type", false) { Feeds = ReportUses.WeightTypes }, new("precision", false),
        new("merged", true), new("flagged", true), new("moe", true), new("available_on_the_hub", false),
        new("hub_license", false) { Feeds = ReportUses.Licences }, new("params_b", false) { Feeds = ReportUses.Sizes },
        new("hub_hearts", false), new("model_sha", false), new("date", false) { Feeds = ReportUses.Dates },
    ], flaggedColumn: "flagged", flaggedInverted: true, map => new V1EntryReader(map));

    private readonly Column _fullName = map["fullname"], _average = map["average"], _arc = map["arc"],
        _hellaSwag = map["hellaswag"], _mmlu = map["mmlu"], _truthfulQa = map["truthfulqa"],
        _winogrande = map["winogrande"], _gsm8k = map["gsm8k"], _type = map["type"],
        _architecture = map["architecture"], _weightType = map["weight_type"], _precision = map["precision"],
        _merged = map["merged"], _flagged = map["flagged"], _moe = map["moe"], _available = map["available_on_the_hub"],
        _license = map["hub_license"], _params = map["params_b"], _hearts = map["hub_hearts"],
        _sha = map["model_sha"], _date = map["date"];

    public LeaderboardEntry Read(ref RowCursor row) => new()
    {
        SourceLine = row.Line,
        FullName = row.RequiredText(_fullName),
        TypeRaw = row.Text(_type),
        ModelType = row.ModelType(_type),
        Architecture = row.Text(_architecture),
        WeightType = row.Text(_weightType),
        Precision = row.Text(_precision),
        ParamsB = row.Check(_params, row.Number(_params), ParamsRule.Normalise),
        License = row.Apply(_license, LicenseRule.Normalise),
        Likes = row.Integer(_hearts),
        AvailableOnHub = row.Apply(_available, BooleanRule.Parse),
        IsMerged = row.Apply(_merged, BooleanRule.Inverted),
        IsFlagged = row.Apply(_flagged, BooleanRule.Inverted),
        IsMoe = row.Apply(_moe, BooleanRule.Inverted),
        ModelSha = row.Text(_sha),
        SubmittedAt = row.Apply(_date, TimestampRule.ToTimestamp),
        Average = row.Score(_average),
        Arc = row.Score(_arc),
        HellaSwag = row.Score(_hellaSwag),
        Mmlu = row.Score(_mmlu),
        TruthfulQa = row.Score(_truthfulQa),
        Winogrande = row.Score(_winogrande),
        Gsm8k = row.Score(_gsm8k),
    };
}
