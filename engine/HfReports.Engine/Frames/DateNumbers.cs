namespace HfReports.Engine.Frames;

/// <summary>
/// Dates as numbers for charts: days since 1899-12-30, the OLE automation epoch, so every date from
/// year 1 to 9999 has a position. <see cref="DateTime.ToOADate"/> and <see cref="DateTime.FromOADate"/>
/// throw for dates before year 100 and for positions a padded axis reaches past year 9999.
/// </summary>
internal static class DateNumbers
{
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Utc);
    private static readonly double Min = (DateTime.MinValue - Epoch).TotalDays;
    private static readonly double Max = (DateTime.MaxValue.Date - Epoch).TotalDays;

    public static double ToNumber(DateTime date) => (date - Epoch).TotalDays;

    /// <summary>The date at a position, clamped to the calendar (NaN gives the epoch).</summary>
    public static DateTime FromNumber(double days) =>
        double.IsNaN(days) ? Epoch : Epoch.AddTicks((long)(Math.Clamp(days, Min, Max) * TimeSpan.TicksPerDay));
}
