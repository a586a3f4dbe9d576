namespace HfReports.Ingest.Demo;

/// <summary>
/// Makes the demo repositories: the official bases first, then the stream of community models
/// in creation order, each either a family derivative or an unrelated model.
/// </summary>
internal sealed class DemoModelFactory
{
    public const double FlaggedShare = 0.015;
    private const double NotFoundShare = 0.02;
    private const double GatedStatusShare = 0.01;

    private readonly People _people;
    private readonly FamilyAssignment _families;
    private readonly ZipfPicker _owners;
    private readonly int[] _ownerSequence;
    private readonly RecentModels _recentByArchitecture = new(Architectures.All.Count);
    private readonly RecentModels _recentByFamily = new(BaseModelFamilies.All.Count);
    private readonly Dictionary<Architecture, int> _architectureIndex;
    private readonly Dictionary<BaseModelFamily, int> _familyIndex;

    public DemoModelFactory(People people, FamilyAssignment families)
    {
        _people = people;
        _families = families;
        _owners = new ZipfPicker(people.OwnerCount, 1.0, 22);
        _ownerSequence = new int[people.OwnerCount];
        _architectureIndex = Architectures.All.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        _familyIndex = BaseModelFamilies.All.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i);
    }

    public DemoModel Official(OfficialBase official, DemoRandom random)
    {
        var family = BaseModelFamilies.All.FirstOrDefault(f => f.Base == official);
        var likes = official.Likes;
        return new DemoModel
        {
            Owner = official.Owner,
            ShortName = official.Fullname[(official.Fullname.IndexOf('/') + 1)..],
            Type = official.Type,
            Architecture = official.Architecture,
            ParamsB = official.ParamsB == 0 ? null : official.ParamsB,
            Licence = official.Licence,
            WeightType = "Original",
            Precision = official.ParamsB >= 40 ? "bfloat16" : "float16",
            IsMoe = official.Architecture == Architectures.Mixtral,
            CreatedAt = official.CreatedAt,
            SubmittedAt = SubmissionTimes.Pick(official.CreatedAt, random) ?? official.CreatedAt + 2 * DemoClock.Day,
            Scores = BenchmarkScores.ForAverage(official.Average, random),
            Likes = likes,
            Family = family,
            Official = official,
            Status = "ok",
            Downloads = official.Downloads,
            Language = "en",
            Gated = official.Gated,
        };
    }

    public DemoModel Next(long createdAt, DemoRandom random)
    {
        var family = _families.Pick(createdAt, random);
        var type = family is null ? ModelTypes.Pick(createdAt, random) : FamilyType(createdAt, random);
        var architecture = family is null ? Architectures.Pick(createdAt, random) : FamilyArchitecture(family, random);
        var paramsB = family is null ? architecture.SizeTable.Pick(random) : FamilyParams(family, random);
        int? knownParams = paramsB == 0 ? null : paramsB;

        var owner = _owners.Pick(random);
        var sequence = _ownerSequence[owner]++;
        var shortName = family is null
            ? ModelNames.Generic(architecture, knownParams, type, sequence, random)
            : ModelNames.Derivative(family, type, sequence, random);

        var flagged = random.Chance(FlaggedShare);
        var average = family is null
            ? AverageScores.ForModel(knownParams, createdAt, type, random)
            : AverageScores.ForDerivative(family, createdAt, random);
        // Flagged models are often contaminated ones with suspiciously high scores.
        if (flagged) average = Math.Min(average + random.Uniform(0, 8), 81.6);

        var status = random.NextDouble() switch
        {
            < NotFoundShare => "not_found",
            < NotFoundShare + GatedStatusShare => "gated",
            _ => "ok",
        };
        var model = new DemoModel
        {
            Owner = _people.OwnerName(owner),
            OwnerId = owner,
            ShortName = shortName,
            Type = type,
            Architecture = architecture,
            ParamsB = knownParams,
            Licence = family is null ? Licences.Pick(createdAt, random) : Licences.PickForDerivative(family.Base.Licence, createdAt, random),
            WeightType = ModelDetails.WeightType(type, random),
            Precision = ModelDetails.Precision(random),
            IsMerged = ModelDetails.IsMerged(type, random),
            IsMoe = random.Chance(architecture.MoeShare),
            IsFlagged = flagged,
            CreatedAt = createdAt,
            SubmittedAt = SubmissionTimes.Pick(createdAt, random),
            Scores = BenchmarkScores.ForAverage(average, random),
            Likes = HubPopularity.Likes(random),
            Family = family,
            Status = status,
            Downloads = HubPopularity.Downloads(knownParams, random),
            Language = ModelDetails.Language(random),
            Gated = random.Chance(0.01),
        };
        if (model.IsEnriched)
        {
            AddBaseModels(model, random);
            DemoDatasets.Pick(type, model.Datasets, random);
        }
        Remember(model);
        return model;
    }

    private void AddBaseModels(DemoModel model, DemoRandom random)
    {
        var architectureKind = _architectureIndex[model.Architecture];
        if (model.Type == DemoType.Merge || model.IsMerged)
        {
            // Merges name two or three parents of the same kind.
            var parents = model.Family is { } family
                ? new[] { family.Base.Fullname, _recentByFamily.Pick(_familyIndex[family], random), _recentByFamily.Pick(_familyIndex[family], random) }
                : new[] { _recentByArchitecture.Pick(architectureKind, random), _recentByArchitecture.Pick(architectureKind, random), random.Chance(0.4) ? _recentByArchitecture.Pick(architectureKind, random) : null };
            foreach (var parent in parents)
                if (parent is not null && parent != model.Fullname && !model.BaseModels.Exists(b => b.BaseModel == parent))
                    model.BaseModels.Add(Link(parent, "merge", random));
            return;
        }
        if (model.Type == DemoType.Pretrained) return;

        var relation = model.WeightType == "Adapter" ? "adapter"
            : model.Precision is "4bit" or "GPTQ" ? "quantized"
            : "finetune";
        string? parentName;
        if (model.Family is { } own)
            parentName = own.Base.Fullname;
        else if (!random.Chance(0.6))
            return;
        else
            parentName = MatchingBase(model)?.Fullname ?? _recentByArchitecture.Pick(architectureKind, random);
        if (parentName is not null && parentName != model.Fullname)
            model.BaseModels.Add(Link(parentName, relation, random));
    }

    private static BaseModelLink Link(string parent, string relation, DemoRandom random)
    {
        // Cards name the parent; the Hub turns that into tags, newer ones with the relation.
        var inCard = random.Chance(0.9);
        var inTag = !inCard || random.Chance(0.85);
        return new BaseModelLink(parent, relation, inCard, inTag, random.Chance(0.6));
    }

    /// <summary>The newest official base with the same architecture and size that already existed.</summary>
    private static OfficialBase? MatchingBase(DemoModel model)
    {
        OfficialBase? best = null;
        foreach (var candidate in BaseModelFamilies.AllBases)
            if (candidate.Architecture == model.Architecture && candidate.ParamsB == (model.ParamsB ?? 0)
                && candidate.CreatedAt < model.CreatedAt && (best is null || candidate.CreatedAt > best.CreatedAt))
                best = candidate;
        return best;
    }

    private void Remember(DemoModel model)
    {
        if (model.IsFlagged) return;
        _recentByArchitecture.Add(_architectureIndex[model.Architecture], model.Fullname);
        if (model.Family is { } family) _recentByFamily.Add(_familyIndex[family], model.Fullname);
    }

    private static DemoType FamilyType(long createdAt, DemoRandom random) => random.NextDouble() switch
    {
        < FamilyAssignment.MergeTypeShare => DemoType.Merge,
        < 0.38 => DemoType.Chat,
        < 0.40 => DemoType.ContinuouslyPretrained,
        < 0.43 when createdAt < DemoClock.Seconds(2024, 1, 1) => DemoType.Unknown,
        _ => DemoType.FineTuned,
    };

    private static Architecture FamilyArchitecture(BaseModelFamily family, DemoRandom random) =>
        family.Base.Architecture == Architectures.Phi3 && random.Chance(0.25) ? Architectures.Llama : family.Base.Architecture;

    /// <summary>Family size conditions are exact, except for the Phi families (any size).</summary>
    private static int FamilyParams(BaseModelFamily family, DemoRandom random) => family.Key switch
    {
        "phi2" => random.Chance(0.9) ? 2 : 3,
        "phi3mini" => random.Chance(0.85) ? 3 : 4,
        "phi3medium" => random.Chance(0.8) ? 13 : 14,
        _ => family.ParamsB,
    };
}
