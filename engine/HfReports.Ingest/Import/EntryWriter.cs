using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Import;

/// <summary>
/// Inserts entries into `leaderboard_entries` with one prepared native statement, reused for every row
/// of the caller's transaction (the fast path for a million rows). The inserts run on a second thread
/// while the caller goes on parsing; <see cref="Complete"/> waits for the last one. The caller must not
/// use the connection between the first <see cref="Write"/> and <see cref="Complete"/>.
/// </summary>
internal sealed class EntryWriter : IDisposable
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
    private readonly BackgroundWriter<LeaderboardEntry> _background;
    private readonly long _importId;

    /// <param name="connection">Its open transaction (SQLite has one per connection) holds every row written.</param>
    public EntryWriter(SqliteConnection connection, long importId)
    {
        _insert = new PreparedInsert(connection, "leaderboard_entries", ColumnNames);
        _importId = importId;
        _background = new BackgroundWriter<LeaderboardEntry>(Insert, "leaderboard entry inserts");
    }

    /// <summary>Queues the entry; a failed insert surfaces here (for a later entry) or in <see cref="Complete"/>.</summary>
    public void Write(LeaderboardEntry entry) => _background.Add(entry);

    /// <summary>Waits until every written entry is inserted; rethrows an insert's failure.</summary>
    public void Complete() => _background.Complete();

    /// <summary>Binds the entry's values in the order of <see cref="ColumnNames"/>.</summary>
    private void Insert(LeaderboardEntry entry) =>
        _insert.Add(_importId).Add(entry.SourceLine).Add(entry.FullName).Add(entry.ModelType).Add(entry.TypeRaw)
            .Add(entry.Architecture).Add(entry.WeightType).Add(entry.Precision).Add(entry.ParamsB).Add(entry.License)
            .Add(entry.Likes).Add(entry.AvailableOnHub).Add(entry.IsMerged).Add(entry.IsFlagged).Add(entry.IsMoe)
            .Add(entry.IsOfficial).Add(entry.ModelSha).Add(entry.SubmittedAt).Add(entry.UploadedAt).Add(entry.BaseModel)
            .Add(entry.BaseDistance).Add(entry.Co2Cost).Add(entry.Average)
            .Add(entry.Arc).Add(entry.HellaSwag).Add(entry.Mmlu).Add(entry.TruthfulQa).Add(entry.Winogrande).Add(entry.Gsm8k)
            .Add(entry.IfEval).Add(entry.Bbh).Add(entry.MathLvl5).Add(entry.Gpqa).Add(entry.Musr).Add(entry.MmluPro)
            .Add(entry.IfEvalRaw).Add(entry.BbhRaw).Add(entry.MathLvl5Raw).Add(entry.GpqaRaw).Add(entry.MusrRaw).Add(entry.MmluProRaw)
            .Insert();

    public void Dispose()
    {
        _background.Dispose(); // waits for the inserting thread before the statement goes
        _insert.Dispose();
    }
}
