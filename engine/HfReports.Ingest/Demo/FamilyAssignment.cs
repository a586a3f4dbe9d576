namespace HfReports.Ingest.Demo;

/// <summary>
/// Decides which generated repositories are derivatives of a base-model family. Interest in a
/// family starts at its release and decays; each family's rate is calibrated against the
/// creation timeline so that its expected size matches table 0.8 scaled to the demo size.
/// </summary>
internal sealed class FamilyAssignment
{
    /// <summary>Real clean size the family sizes of table 0.8 refer to.</summary>
    private const double RealCleanModels = 6710;
    /// <summary>Share of derivatives that C9 keeps: not a merge type, not declared merged, not flagged.</summary>
    public const double MergeTypeShare = 0.12;
    private const double KeptShare = (1 - MergeTypeShare) * 0.9 * 0.985;
    /// <summary>Never let families take more than this share of the uploads of a day.</summary>
    private const double MaxCombinedShare = 0.6;

    private readonly double[] _rates;

    public FamilyAssignment(CreationTimeline timeline)
    {
        var families = BaseModelFamilies.All;
        _rates = new double[families.Count];
        for (var f = 0; f < families.Count; f++)
        {
            var family = families[f];
            // Expected share of all uploads that a rate of 1 would give this family.
            var mass = 0.0;
            for (var day = family.Released; day < DemoClock.CreationEnd; day += DemoClock.Day)
            {
                var share = timeline.ShareBefore(day + DemoClock.Day) - timeline.ShareBefore(day);
                mass += share * Interest(family, day + DemoClock.Day / 2);
            }
            var wantedShare = family.RealSize / RealCleanModels / KeptShare;
            _rates[f] = mass > 0 ? wantedShare / mass : 0;
        }
    }

    /// <summary>The family of a repository created at the given time, or null for an unrelated model.</summary>
    public BaseModelFamily? Pick(long createdAt, DemoRandom random)
    {
        var families = BaseModelFamilies.All;
        var total = 0.0;
        for (var f = 0; f < families.Count; f++)
            total += Probability(f, createdAt);
        var scale = total > MaxCombinedShare ? MaxCombinedShare / total : 1.0;
        var u = random.NextDouble();
        for (var f = 0; f < families.Count; f++)
            if ((u -= Probability(f, createdAt) * scale) < 0) return families[f];
        return null;
    }

    private double Probability(int family, long createdAt) =>
        _rates[family] * Interest(BaseModelFamilies.All[family], createdAt);

    private static double Interest(BaseModelFamily family, long createdAt)
    {
        // Derivatives need the base to exist; the first ones follow within hours.
        if (createdAt < family.Released + 3 * 3600) return 0;
        return Math.Exp(-DemoClock.DaysBetween(family.Released, createdAt) / family.InterestDays);
    }
}
