namespace HfReports.Ingest.Demo;

/// <summary>
/// When demo repositories are created: a thin tail from 2019, then accelerating growth from
/// 2023 to mid-2024, with a burst of uploads after each Set A release, a lull after the burst,
/// quieter weekends and a holiday dip. Kept as a daily table so it can be sampled exactly.
/// </summary>
internal sealed class CreationTimeline
{
    /// <summary>Share of repositories created before 2023 (old GPT-2/OPT/Bloom era models).</summary>
    public const double TailShare = 0.04;
    /// <summary>Daily volume at the end of the boom relative to its start.</summary>
    private const double BoomGrowth = 12.0;
    private const double TailGrowth = 6.0;

    private readonly long _firstDay;
    private readonly double[] _cumulative;

    public CreationTimeline()
    {
        _firstDay = DemoClock.TailStart;
        var days = (int)((DemoClock.CreationEnd - _firstDay) / DemoClock.Day);
        var releases = ReleaseDates.SetA.Select(r => DemoClock.Date(r.Date)).ToArray();
        var boomDays = (DemoClock.CreationEnd - DemoClock.BoomStart) / (double)DemoClock.Day;
        var tailDays = (DemoClock.BoomStart - _firstDay) / (double)DemoClock.Day;

        var density = new double[days];
        double tailMass = 0, boomMass = 0;
        for (var d = 0; d < days; d++)
        {
            var day = _firstDay + d * DemoClock.Day;
            if (day < DemoClock.BoomStart)
            {
                var sinceStart = d / tailDays;
                tailMass += density[d] = Math.Pow(TailGrowth, sinceStart);
            }
            else
            {
                var sinceBoom = DemoClock.DaysBetween(DemoClock.BoomStart, day);
                boomMass += density[d] = Math.Pow(BoomGrowth, sinceBoom / boomDays) * Modulation(day, releases);
            }
        }
        // Scale both periods so the tail holds exactly its share.
        _cumulative = new double[days];
        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            var isTail = _firstDay + d * DemoClock.Day < DemoClock.BoomStart;
            total += density[d] * (isTail ? TailShare / tailMass : (1 - TailShare) / boomMass);
            _cumulative[d] = total;
        }
        _cumulative[^1] = 1.0;
    }

    /// <summary>The creation time at cumulative probability p in [0, 1).</summary>
    public long TimeAt(double p)
    {
        var index = Array.BinarySearch(_cumulative, p);
        index = index < 0 ? ~index : index;
        index = Math.Min(index, _cumulative.Length - 1);
        var before = index == 0 ? 0.0 : _cumulative[index - 1];
        var within = (p - before) / Math.Max(_cumulative[index] - before, 1e-300);
        within = Math.Clamp(within, 0.0, 0.999999);
        return _firstDay + index * DemoClock.Day + (long)(within * DemoClock.Day);
    }

    /// <summary>Share of repositories created at or before the given time.</summary>
    public double ShareBefore(long time)
    {
        var d = (int)((time - _firstDay) / DemoClock.Day);
        if (d < 0) return 0;
        if (d >= _cumulative.Length) return 1;
        return _cumulative[d];
    }

    /// <summary>
    /// Ascending creation times for <paramref name="count"/> repositories, generated one by one
    /// (descending uniform order statistics, mirrored) so no array of all times is needed.
    /// </summary>
    public IEnumerable<long> AscendingTimes(int count, DemoRandom random)
    {
        var logMax = 0.0;
        for (var k = count; k >= 1; k--)
        {
            logMax += Math.Log(random.NextOpenDouble()) / k;
            yield return TimeAt(1.0 - Math.Exp(logMax));
        }
    }

    private static double Modulation(long day, long[] releases)
    {
        var factor = 1.0;
        foreach (var release in releases)
        {
            var after = DemoClock.DaysBetween(release, day);
            if (after is >= 0 and < 21) factor *= 1 + 0.6 * Math.Exp(-after / 6);
            else if (after is >= 21 and < 35) factor *= 0.85;
        }
        var weekday = DateTimeOffset.FromUnixTimeSeconds(day).DayOfWeek;
        if (weekday is DayOfWeek.Saturday or DayOfWeek.Sunday) factor *= 0.75;
        var date = DateTimeOffset.FromUnixTimeSeconds(day);
        if ((date.Month == 12 && date.Day >= 22) || (date.Month == 1 && date.Day <= 2)) factor *= 0.6;
        return factor;
    }
}
