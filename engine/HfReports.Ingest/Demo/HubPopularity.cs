namespace HfReports.Ingest.Demo;

/// <summary>
/// Heavy-tailed Hub counters. Downloads are the Hub's 30-day counter: log-normal, lower for big
/// models, so ~85% of all downloads go to models of at most 15B once the bases are counted (Fig 9).
/// Likes are zero for about half the models, with a long tail into the thousands.
/// </summary>
internal static class HubPopularity
{
    public static long Downloads(int? paramsB, DemoRandom random)
    {
        var sizeFactor = paramsB switch { null or 0 => 0.5, <= 15 => 1.0, <= 40 => 1.0, _ => 0.9 };
        var value = random.LogNormal(2.7, 2.1) * sizeFactor;
        return (long)Math.Min(value, 180_000);
    }

    public static int Likes(DemoRandom random) =>
        random.Chance(0.47) ? 0 : (int)Math.Min(random.LogNormal(1.5, 1.6), 4_000);

    /// <summary>The Hub counts a few more likes a day after the leaderboard export.</summary>
    public static int LikesAtFetch(int likes, DemoRandom random) =>
        likes + (likes > 0 && random.Chance(0.2) ? 1 + random.NextInt(Math.Max(1, likes / 50)) : 0);
}
