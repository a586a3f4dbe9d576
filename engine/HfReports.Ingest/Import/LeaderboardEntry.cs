namespace HfReports.Ingest.Import;

/// <summary>
/// One leaderboard entry after normalisation, exactly the columns of `leaderboard_entries`
/// (data/schema.sql). Every reader maps one source row to one of these.
/// </summary>
internal sealed class LeaderboardEntry
{
    public int SourceLine { get; set; }
    public string FullName { get; set; } = "";
    public string? ModelType { get; set; }
    public string? TypeRaw { get; set; }
    public string? Architecture { get; set; }
    public string? WeightType { get; set; }
    public string? Precision { get; set; }
    public double? ParamsB { get; set; }
    public string? License { get; set; }
    public long? Likes { get; set; }
    public bool? AvailableOnHub { get; set; }
    public bool? IsMerged { get; set; }
    public bool? IsFlagged { get; set; }
    public bool? IsMoe { get; set; }
    public bool? IsOfficial { get; set; }
    public string? ModelSha { get; set; }
    public string? SubmittedAt { get; set; }
    public string? UploadedAt { get; set; }
    public string? BaseModel { get; set; }
    public long? BaseDistance { get; set; }
    public double? Co2Cost { get; set; }
    public double? Average { get; set; }

    public double? Arc { get; set; }
    public double? HellaSwag { get; set; }
    public double? Mmlu { get; set; }
    public double? TruthfulQa { get; set; }
    public double? Winogrande { get; set; }
    public double? Gsm8k { get; set; }

    public double? IfEval { get; set; }
    public double? Bbh { get; set; }
    public double? MathLvl5 { get; set; }
    public double? Gpqa { get; set; }
    public double? Musr { get; set; }
    public double? MmluPro { get; set; }
    public double? IfEvalRaw { get; set; }
    public double? BbhRaw { get; set; }
    public double? MathLvl5Raw { get; set; }
    public double? GpqaRaw { get; set; }
    public double? MusrRaw { get; set; }
    public double? MmluProRaw { get; set; }
}
