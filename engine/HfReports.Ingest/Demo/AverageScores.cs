namespace HfReports.Ingest.Demo;

/// <summary>
/// Target leaderboard averages. Unrelated models follow the v1 medians per size (1B ~36, 7B ~66,
/// 13B ~55, 34B ~71, 72B ~75) with a rising trend over time; family derivatives follow their
/// family's ceiling, which rises step-wise after release (Fig 11 and 12).
/// </summary>
internal static class AverageScores
{
    private static readonly long Center = DemoClock.Seconds(2024, 1, 1);

    public static double ForModel(int? paramsB, long createdAt, DemoType type, DemoRandom random)
    {
        var (median, ceiling) = paramsB switch
        {
            null or 0 => (36.0, 74.0),
            1 => (36.0, 56.0),
            2 => (45.0, 65.0),
            <= 5 => (42.0, 71.0),
            6 => (48.0, 67.0),
            7 or 8 => (64.0, 77.5),
            <= 12 => (60.0, 75.0),
            13 => (55.0, 74.0),
            <= 30 => (64.0, 75.5),
            <= 46 => (70.0, 77.5),
            <= 72 => (71.0, 81.4),
            _ => (68.0, 79.0),
        };
        // Newer models score higher: about six points a year around the start of 2024.
        var years = DemoClock.DaysBetween(Center, createdAt) / 365.0;
        median += 6 * Math.Clamp(years, -2, 0.5);
        if (type == DemoType.Pretrained) median -= 4;
        if (type == DemoType.Merge) median += 3;
        var spread = paramsB is null or 0 ? 11 : 7;
        var value = random.Normal(median, spread);
        return Math.Clamp(value, 27.5 + random.NextDouble() * 2, ceiling - random.Exponential(1.2));
    }

    /// <summary>A family derivative: many trail the base, the best approach the ceiling of their day.</summary>
    public static double ForDerivative(BaseModelFamily family, long createdAt, DemoRandom random)
    {
        var days = DemoClock.DaysBetween(family.Released, createdAt);
        // Exponential shortfalls: even a small family usually has one member near the ceiling.
        var shortfall = random.Exponential(5.5) + (random.Chance(0.3) ? random.Exponential(6) : 0);
        return family.Ceiling(days) - shortfall;
    }
}
