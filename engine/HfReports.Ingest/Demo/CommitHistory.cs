namespace HfReports.Ingest.Demo;

/// <summary>One commit as the Hub lists it.</summary>
internal readonly record struct DemoCommit(string CommitId, long CommittedAt, string Title);

/// <summary>
/// The commit history of one repository: who committed (mostly just the owner or one team
/// member, rarely more than three people, at most about twenty) and when (1-40 commits, most in
/// the first days, all between creation and the fetch).
/// </summary>
internal sealed class CommitHistory
{
    private static readonly string[] Titles =
    [
        "Upload folder using huggingface_hub", "Update README.md", "Upload model.safetensors", "Upload tokenizer",
        "Update config.json", "Add model card", "Upload 3 files", "Update generation_config.json",
        "Delete pytorch_model.bin", "Upload LlamaForCausalLM", "Training in progress, epoch 1", "Update tokenizer_config.json",
    ];

    private readonly People _people;
    private readonly ZipfPicker _helpers;

    public CommitHistory(People people)
    {
        _people = people;
        // A few members help on many repositories (quantisers, evaluators): heavy-tailed.
        _helpers = new ZipfPicker(people.MemberCount, 1.2, 2);
    }

    public List<string> Humans { get; } = [];
    public List<string> Bots { get; } = [];
    public List<DemoCommit> Commits { get; } = [];
    /// <summary>All distinct authors, humans first, in the order they joined.</summary>
    public IEnumerable<string> Authors => Humans.Concat(Bots);

    /// <summary>Fills the history of a repository (reuses the lists to spare allocations).</summary>
    public void Generate(DemoModel model, DemoRandom random)
    {
        Humans.Clear();
        Bots.Clear();
        Commits.Clear();

        Humans.Add(_people.PersonName(model.OwnerId >= 0
            ? _people.PrimaryCommitter(model.OwnerId, random)
            : _people.TeamMember((int)(StableHash.OfText(model.Owner) % (ulong)_people.OwnerCount), random.NextInt(3))));
        if (model.OwnerId >= 0 && _people.IsOrganisation(model.OwnerId) && random.Chance(0.3))
            AddHuman(_people.PersonName(_people.TeamMember(model.OwnerId, random.NextInt(_people.TeamSize(model.OwnerId)))));
        if (random.Chance(0.16))
        {
            var extra = Math.Min(19, (int)random.Pareto(1.5));
            for (var i = 0; i < extra; i++)
                AddHuman(_people.PersonName(_people.OwnerCount + _helpers.Pick(random)));
        }
        foreach (var bot in BotAccounts.All)
            if (random.Chance(bot.RepoShare)) Bots.Add(bot.Name);

        var humanCommits = Math.Max(Humans.Count, 1 + (int)random.LogNormal(1.0, 0.95));
        humanCommits = Math.Min(humanCommits, 40 - Bots.Count);

        var created = model.CreatedAt;
        var span = Math.Max(3600, DemoClock.Fetched - created);
        Commits.Add(new DemoCommit(random.Hex(40), created + random.NextInt(60), "initial commit"));
        for (var i = 1; i < humanCommits; i++)
        {
            var offset = random.Chance(0.75)
                ? (long)random.Exponential(1.5 * DemoClock.Day)
                : (long)(random.NextDouble() * span);
            Commits.Add(new DemoCommit(random.Hex(40), Math.Min(created + 60 + offset, DemoClock.Fetched - 60), random.Pick(Titles)));
        }
        foreach (var botName in Bots)
        {
            var bot = BotAccounts.All.First(b => b.Name == botName);
            var after = botName == "leaderboard-pr-bot" && model.SubmittedAt is { } submitted ? Math.Max(submitted, created) : created;
            var at = after + (long)(random.NextDouble() * Math.Max(3600, DemoClock.Fetched - after));
            Commits.Add(new DemoCommit(random.Hex(40), Math.Min(at, DemoClock.Fetched - 60), bot.CommitTitle));
        }
        // Stable sort by time: equal times keep their generation order.
        var sorted = Commits.OrderBy(c => c.CommittedAt).ToList();
        Commits.Clear();
        Commits.AddRange(sorted);
    }

    public long FirstCommit => Commits[0].CommittedAt;
    public long LastCommit => Commits[^1].CommittedAt;

    private void AddHuman(string name)
    {
        if (!Humans.Contains(name)) Humans.Add(name);
    }
}
