namespace HfReports.Ingest.Demo;

/// <summary>Everything the demo knows about one repository before it is written as rows.</summary>
internal sealed class DemoModel
{
    public required string Owner { get; init; }
    public required string ShortName { get; init; }
    public string Fullname => Owner + "/" + ShortName;
    /// <summary>Owner id in <see cref="People"/>; -1 for the official bases.</summary>
    public int OwnerId { get; init; } = -1;
    public required DemoType Type { get; init; }
    public required Architecture Architecture { get; init; }
    /// <summary>Truncated billions; null = unknown (the v1 export's 0).</summary>
    public int? ParamsB { get; init; }
    public string? Licence { get; init; }
    public required string WeightType { get; init; }
    public required string Precision { get; init; }
    public bool IsMerged { get; init; }
    public bool IsMoe { get; init; }
    public bool IsFlagged { get; init; }
    public required long CreatedAt { get; init; }
    public long? SubmittedAt { get; init; }
    public required BenchmarkScores Scores { get; init; }
    public int Likes { get; init; }
    public BaseModelFamily? Family { get; init; }
    public OfficialBase? Official { get; init; }

    // Hub enrichment
    public required string Status { get; init; }
    public long Downloads { get; init; }
    public string? Language { get; init; }
    public bool Gated { get; init; }
    public List<BaseModelLink> BaseModels { get; } = [];
    public List<string> Datasets { get; } = [];

    public bool IsEnriched => Status == "ok";
}

/// <summary>A declared parent; Relation is what a 'base_model:relation:X' tag would say.</summary>
internal readonly record struct BaseModelLink(string BaseModel, string Relation, bool InCard, bool InTag, bool TagHasRelation);
