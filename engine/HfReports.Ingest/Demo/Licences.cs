namespace HfReports.Ingest.Demo;

/// <summary>
/// Licence ids as the v1 export gives them (Table 5 column for the v1 CSV): apache-2.0 38%,
/// blank 25%, other 10%, cc-by-nc-4.0 8%, mit 6%, llama2 6%, llama3 2%, then a long tail.
/// Null means the export had no licence.
/// </summary>
internal static class Licences
{
    private static readonly (string? Id, double Weight, string Since)[] Mix =
    [
        ("apache-2.0", 2560, "2019-01-01"),
        (null, 1800, "2019-01-01"),
        ("other", 600, "2019-01-01"),
        ("cc-by-nc-4.0", 520, "2019-01-01"),
        ("mit", 340, "2019-01-01"),
        ("llama2", 380, "2023-07-18"),
        ("llama3", 20, "2024-04-18"),
        ("cc-by-4.0", 68, "2019-01-01"),
        ("cc-by-nc-sa-4.0", 49, "2019-01-01"),
        ("cc-by-sa-4.0", 38, "2019-01-01"),
        ("cc-by-nc-nd-4.0", 37, "2019-01-01"),
        ("gemma", 12, "2024-02-21"),
        ("cc", 18, "2019-01-01"),
        ("bigscience-bloom-rail-1.0", 16, "2022-07-06"),
        ("unknown", 15, "2019-01-01"),
        ("openrail", 14, "2019-01-01"),
        ("bigcode-openrail-m", 14, "2023-05-04"),
        ("bigscience-openrail-m", 14, "2022-07-06"),
        ("gpl-3.0", 12, "2019-01-01"),
        ("creativeml-openrail-m", 12, "2019-01-01"),
        ("agpl-3.0", 10, "2019-01-01"),
        ("cc-by-nc-2.0", 9, "2019-01-01"),
        ("wtfpl", 5, "2019-01-01"),
        ("afl-3.0", 4, "2019-01-01"),
        ("cc-by-sa-3.0", 4, "2019-01-01"),
        ("cc0-1.0", 3, "2019-01-01"),
        ("unlicense", 3, "2019-01-01"),
        ("bsd-3-clause", 3, "2019-01-01"),
    ];

    private static readonly long[] Since = Mix.Select(m => DemoClock.Date(m.Since)).ToArray();

    /// <summary>A licence for a model outside the families, among those that existed at creation time.</summary>
    public static string? Pick(long createdAt, DemoRandom random)
    {
        var total = 0.0;
        for (var i = 0; i < Mix.Length; i++)
            if (Since[i] <= createdAt) total += Mix[i].Weight;
        var target = random.NextDouble() * total;
        for (var i = 0; i < Mix.Length; i++)
        {
            if (Since[i] > createdAt) continue;
            if ((target -= Mix[i].Weight) < 0) return Mix[i].Id;
        }
        return "apache-2.0";
    }

    /// <summary>Derivatives mostly keep their base model's licence.</summary>
    public static string? PickForDerivative(string? baseLicence, long createdAt, DemoRandom random) =>
        baseLicence is not null && random.Chance(0.5) ? baseLicence : Pick(createdAt, random);
}
