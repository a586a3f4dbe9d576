using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Import;

/// <summary>
/// Inserts entries into `leaderboard_entries` with one prepared native statement, reused for every row
/// of the caller's transaction (the fast path for a million rows).
/// </summary>
public sealed class EntryWriter : IDisposable
{
    private static readonly string[] ColumnNames =
    [
        "import_id", "source_line", "fullname", "model_type", "type_raw", "architecture", "weight_type", "precision",
        "params_b", "license", "likes", "available_on_hub", "is_merged", "is_flagged", "is_moe", "is_official",
        "model_sha", "submitted_at", "uploaded_at", "base_model", "base_distance", "co2_cost", "average",
        "arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k",
        "ifeval", "bbh", "math_lvl5", "gpqa", "musr", "mmlu_pro",
        "ifeval_raw", "bbh_raw", "math_lvl5_raw", "gpqa_raw", "musr_raw", "mmlu_pro_raw",
    ];

    private readonly PreparedInsert _insert;
    private readonly object?[] _values = new object?[ColumnNames.Length];

    /// <param name="connection">Its open transaction (SQLite has one per connection) holds every row written.</param>
    public EntryWriter(SqliteConnection connection, long importId)
    {
        _insert = new PreparedInsert(connection, "leaderboard_entries", ColumnNames);
        _values[0] = importId;
    }

    public void Write(LeaderboardEntry entry)
    {
        var i = 1;
        foreach (var value in (object?[])
                 [
                     entry.SourceLine, entry.FullName, entry.ModelType, entry.TypeRaw, entry.Architecture, entry.WeightType,
                     entry.Precision, entry.ParamsB, entry.License, entry.Likes, entry.AvailableOnHub, entry.IsMerged,
                     entry.IsFlagged, entry.IsMoe, entry.IsOfficial, entry.ModelSha, entry.SubmittedAt, entry.UploadedAt,
                     entry.BaseModel, entry.BaseDistance, entry.Co2Cost, entry.Average,
                     entry.Arc, entry.HellaSwag, entry.Mmlu, entry.TruthfulQa, entry.Winogrande, entry.Gsm8k,
                     entry.IfEval, entry.Bbh, entry.MathLvl5, entry.Gpqa, entry.Musr, entry.MmluPro,
                     entry.IfEvalRaw, entry.BbhRaw, entry.MathLvl5Raw, entry.GpqaRaw, entry.MusrRaw, entry.MmluProRaw,
                 ])
            _values[i++] = value;
        _insert.Run(_values);
    }

    public void Dispose() => _insert.Dispose();
}
