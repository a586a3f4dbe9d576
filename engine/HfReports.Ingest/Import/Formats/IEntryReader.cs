namespace HfReports.Ingest.Import.Formats;

/// <summary>Maps one data row of a known format to one leaderboard entry.</summary>
internal interface IEntryReader
{
    /// <exception cref="BadRowException">A value cannot be accepted.</exception>
    LeaderboardEntry Read(ref RowCursor row);
}
