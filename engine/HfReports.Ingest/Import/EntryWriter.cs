using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Import;

/// <summary>
/// Inserts entries into `leaderboard_entries` with one prepared command, reused for every row of
/// the caller's transaction (the fast path for a million rows).
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

    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _values;

    public EntryWriter(SqliteConnection connection, SqliteTransaction transaction, long importId)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText =
            $"INSERT INTO leaderboard_entries ({string.Join(", ", ColumnNames)}) VALUES ({string.Join(", ", ColumnNames.Select((_, i) => $"${i}"))})";
        _values = ColumnNames.Select((_, i) => _insert.Parameters.Add(new SqliteParameter($"${i}", DBNull.Value))).ToArray();
        _values[0].Value = importId;
        _insert.Prepare();
    }

    public void Write(LeaderboardEntry entry)
    {
        var i = 1;
        Set(ref i, entry.SourceLine);
        Set(ref i, entry.FullName);
        Set(ref i, entry.ModelType);
        Set(ref i, entry.TypeRaw);
        Set(ref i, entry.Architecture);
        Set(ref i, entry.WeightType);
        Set(ref i, entry.Precision);
        Set(ref i, entry.ParamsB);
        Set(ref i, entry.License);
        Set(ref i, entry.Likes);
        Set(ref i, entry.AvailableOnHub);
        Set(ref i, entry.IsMerged);
        Set(ref i, entry.IsFlagged);
        Set(ref i, entry.IsMoe);
        Set(ref i, entry.IsOfficial);
        Set(ref i, entry.ModelSha);
        Set(ref i, entry.SubmittedAt);
        Set(ref i, entry.UploadedAt);
        Set(ref i, entry.BaseModel);
        Set(ref i, entry.BaseDistance);
        Set(ref i, entry.Co2Cost);
        Set(ref i, entry.Average);
        Set(ref i, entry.Arc);
        Set(ref i, entry.HellaSwag);
        Set(ref i, entry.Mmlu);
        Set(ref i, entry.TruthfulQa);
        Set(ref i, entry.Winogrande);
        Set(ref i, entry.Gsm8k);
        Set(ref i, entry.IfEval);
        Set(ref i, entry.Bbh);
        Set(ref i, entry.MathLvl5);
        Set(ref i, entry.Gpqa);
        Set(ref i, entry.Musr);
        Set(ref i, entry.MmluPro);
        Set(ref i, entry.IfEvalRaw);
        Set(ref i, entry.BbhRaw);
        Set(ref i, entry.MathLvl5Raw);
        Set(ref i, entry.GpqaRaw);
        Set(ref i, entry.MusrRaw);
        Set(ref i, entry.MmluProRaw);
        _insert.ExecuteNonQuery();
    }

    private void Set(ref int index, object? value) => _values[index++].Value = value ?? DBNull.Value;

    private void Set(ref int index, bool? value) => _values[index++].Value = value is null ? DBNull.Value : value.Value ? 1 : 0;

    public void Dispose() => _insert.Dispose();
}
