namespace HfReports.Ingest.Import.Formats;

/// <summary>The six v2 benchmarks' (normalised score, raw value) pairs, read the same way by every v2 format.</summary>
internal static class V2Scores
{
    /// <param name="scores">The pairs' columns in the order IFEval, BBH, MATH Lvl 5, GPQA, MuSR, MMLU-PRO.</param>
    public static LeaderboardEntry Fill(LeaderboardEntry entry, ref RowCursor row, (Column Normalised, Column Raw)[] scores)
    {
        (entry.IfEval, entry.IfEvalRaw) = (row.Score(scores[0].Normalised), row.RawScore(scores[0].Raw));
        (entry.Bbh, entry.BbhRaw) = (row.Score(scores[1].Normalised), row.RawScore(scores[1].Raw));
        (entry.MathLvl5, entry.MathLvl5Raw) = (row.Score(scores[2].Normalised), row.RawScore(scores[2].Raw));
        (entry.Gpqa, entry.GpqaRaw) = (row.Score(scores[3].Normalised), row.RawScore(scores[3].Raw));
        (entry.Musr, entry.MusrRaw) = (row.Score(scores[4].Normalised), row.RawScore(scores[4].Raw));
        (entry.MmluPro, entry.MmluProRaw) = (row.Score(scores[5].Normalised), row.RawScore(scores[5].Raw));
        return entry;
    }
}
