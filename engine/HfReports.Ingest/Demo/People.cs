namespace HfReports.Ingest.Demo;

/// <summary>
/// Owners (Hub namespaces) and the people who commit to their repositories. Owner o is either a
/// personal account, whose only committer is the owner, or an organisation with a few members.
/// Person ids below the owner count are the personal accounts; members have higher ids. All
/// names derive from ids, so nothing but the ids needs to be kept.
/// </summary>
internal sealed class People
{
    public const double OwnersPerModel = 0.25;
    public const double OrganisationShare = 0.3;

    public int OwnerCount { get; }
    public int MemberCount { get; }
    private readonly ulong _salt;

    public People(int models, int seed)
    {
        OwnerCount = Math.Max(20, (int)(models * OwnersPerModel));
        MemberCount = Math.Max(10, (int)(OwnerCount * 0.35));
        _salt = StableHash.Combine((ulong)(uint)seed, StableHash.OfText("people"));
    }

    public int PersonCount => OwnerCount + MemberCount;

    public bool IsOrganisation(int owner) => StableHash.Unit(StableHash.Combine(_salt, 1, (ulong)owner)) < OrganisationShare;

    public string OwnerName(int owner)
    {
        var core = SyntheticNames.Core(owner);
        var style = StableHash.Combine(_salt, 2, (ulong)owner) % 10;
        if (IsOrganisation(owner))
            return style switch
            {
                < 3 => "demo-lab-" + SyntheticNames.Number(owner),
                < 6 => core + "-labs",
                < 8 => SyntheticNames.Capitalised(core) + "AI",
                _ => core + "-research",
            };
        return style switch
        {
            < 5 => core,
            < 8 => SyntheticNames.Capitalised(core),
            _ => core + SyntheticNames.Number(owner % 97),
        };
    }

    /// <summary>How many people commit for an organisation (1-6, bigger for the busiest).</summary>
    public int TeamSize(int owner) =>
        1 + (int)(StableHash.Combine(_salt, 3, (ulong)owner) % (owner < 50 ? 6UL : 3UL));

    /// <summary>The person id of a team member; members are shared between a few organisations.</summary>
    public int TeamMember(int owner, int slot) =>
        OwnerCount + (int)(StableHash.Combine(_salt, 4, (ulong)owner * 31 + (ulong)slot) % (ulong)MemberCount);

    public string PersonName(int person)
    {
        if (person < OwnerCount && !IsOrganisation(person)) return OwnerName(person);
        // Members, and the ids of organisations reused as people, get a distinct style.
        var core = SyntheticNames.Core(person < OwnerCount ? person + PersonCount : person);
        var style = StableHash.Combine(_salt, 5, (ulong)person) % 4;
        return style switch
        {
            0 => core + "-dev",
            1 => SyntheticNames.Capitalised(core) + "_ml",
            2 => core + "x",
            _ => core,
        };
    }

    /// <summary>The people who normally commit for an owner: the account itself, or one team member.</summary>
    public int PrimaryCommitter(int owner, DemoRandom random) =>
        IsOrganisation(owner) ? TeamMember(owner, random.NextInt(TeamSize(owner))) : owner;
}
