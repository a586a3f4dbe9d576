using HfReports.Ingest.Snapshot;

namespace HfReports.Ingest.Demo;

/// <summary>
/// Writes each demo repository as rows of the snapshot tables: its leaderboard entries
/// (with the occasional duplicate evaluation), Hub details, tags, links and commit history.
/// </summary>
internal sealed class DemoRowWriter : IDisposable
{
    /// <summary>Share of models evaluated more than once (349 of 6,811 in the real export).</summary>
    public const double DuplicateShare = 0.05;

    private readonly IRowSink _entries, _details, _tags, _baseLinks, _datasetLinks, _repoCommits, _commits, _commitAuthors;
    private readonly CommitHistory _history;
    private readonly List<string> _tagBuffer = [];
    private readonly long _importId;

    public int EntryCount { get; private set; }
    public int ModelCount { get; private set; }

    public DemoRowWriter(DemoTarget target, long importId, People people)
    {
        _importId = importId;
        _history = new CommitHistory(people);
        _entries = target.Rows("leaderboard_entries",
            "entry_id", "import_id", "source_line", "fullname", "model_type", "type_raw", "architecture", "weight_type",
            "precision", "params_b", "license", "likes", "available_on_hub", "is_merged", "is_flagged", "is_moe",
            "model_sha", "submitted_at", "average", "arc", "hellaswag", "mmlu", "truthfulqa", "winogrande", "gsm8k");
        _details = target.Rows(StagedTables.StageOf("repo_details"),
            "fullname", "status", "author", "created_at", "last_modified", "downloads", "likes", "library_name",
            "pipeline_tag", "license", "language", "gated", "fetched_at");
        _tags = target.Rows(StagedTables.StageOf("repo_tags"), "fullname", "position", "tag");
        _baseLinks = target.Rows(StagedTables.StageOf("base_model_links"), "model", "base_model", "relation", "source");
        _datasetLinks = target.Rows(StagedTables.StageOf("dataset_links"), "model", "dataset", "source");
        _repoCommits = target.Rows(StagedTables.StageOf("repo_commits"), "fullname", "num_of_authors", "num_of_commits", "first_commit", "last_commit");
        _commits = target.Rows(StagedTables.StageOf("commits"), "fullname", "commit_id", "committed_at", "title");
        _commitAuthors = target.Rows(StagedTables.StageOf("commit_authors"), "repo", "author");
    }

    public void Write(DemoModel model, DemoRandom random)
    {
        ModelCount++;
        WriteEntries(model, random);
        WriteHub(model, random);
    }

    private void WriteEntries(DemoModel model, DemoRandom random)
    {
        WriteEntry(model, model.Scores, model.Precision, model.SubmittedAt, random);
        if (model.Official is not null || !random.Chance(DuplicateShare)) return;
        var extra = random.NextDouble() switch { < 0.9 => 1, < 0.98 => 2, _ => 3 };
        for (var i = 0; i < extra; i++)
        {
            // A re-evaluation (other precision or an older revision) that scored lower.
            var lower = BenchmarkScores.ForAverage(model.Scores.Average - random.Uniform(0.05, 3), random);
            if (lower.Average >= model.Scores.Average) lower = model.Scores with { Gsm8k = Math.Max(0, model.Scores.Gsm8k - 1) };
            var precision = model.Precision == "bfloat16" ? "float16" : random.Chance(0.8) ? "bfloat16" : "4bit";
            WriteEntry(model, lower, precision, SubmissionTimes.Resubmission(model.SubmittedAt, model.CreatedAt, random), random);
        }
    }

    private void WriteEntry(DemoModel model, BenchmarkScores scores, string precision, long? submittedAt, DemoRandom random)
    {
        EntryCount++;
        var s = scores;
        _entries.Run(
            EntryCount, _importId, EntryCount + 1, model.Fullname,
            ModelTypes.Label(model.Type), ModelTypes.RawLabel(model.Type), model.Architecture.ClassName, model.WeightType,
            precision, model.ParamsB, model.Licence, model.Likes, model.Status == "not_found" ? 0 : 1,
            Flag(model.IsMerged), Flag(model.IsFlagged), Flag(model.IsMoe),
            random.Hex(40), Time(submittedAt), s.Average, s.Arc, s.HellaSwag, s.Mmlu, s.TruthfulQa, s.Winogrande, s.Gsm8k);
    }

    private void WriteHub(DemoModel model, DemoRandom random)
    {
        var name = model.Fullname;
        if (!model.IsEnriched)
        {
            _details.Run(name, model.Status, model.Status == "gated" ? model.Owner : null,
                null, null, null, null, null, null, null, null, model.Status == "gated" ? 1 : null, DemoClock.FetchedAt);
            return;
        }

        _history.Generate(model, random);
        var created = RepositoryCreatedAt(model);
        _details.Run(name, "ok", model.Owner, DemoClock.Format(created), DemoClock.Format(_history.LastCommit),
            model.Downloads, HubPopularity.LikesAtFetch(model.Likes, random), HubTags.LibraryName(model),
            "text-generation", model.Licence, model.Language, Flag(model.Gated), DemoClock.FetchedAt);

        HubTags.Build(model, _tagBuffer, random);
        for (var i = 0; i < _tagBuffer.Count; i++)
            _tags.Run(name, i, _tagBuffer[i]);

        foreach (var link in model.BaseModels)
        {
            if (link.InCard) _baseLinks.Run(name, link.BaseModel, null, "card");
            if (link.InTag) _baseLinks.Run(name, link.BaseModel, link.TagHasRelation ? link.Relation : null, "tag");
        }
        foreach (var dataset in model.Datasets)
        {
            _datasetLinks.Run(name, dataset, "card");
            _datasetLinks.Run(name, dataset, "tag");
        }

        _repoCommits.Run(name, _history.Humans.Count, _history.Commits.Count,
            DemoClock.Format(_history.FirstCommit), DemoClock.Format(_history.LastCommit));
        foreach (var commit in _history.Commits)
            _commits.Run(name, commit.CommitId, DemoClock.Format(commit.CommittedAt), commit.Title);
        foreach (var author in _history.Authors)
            _commitAuthors.Run(name, author);
    }

    /// <summary>
    /// The Hub's creation time. The Llama 3 8B base was created privately weeks before its
    /// release, like the real one; created_at_overrides corrects it (C7).
    /// </summary>
    public static long RepositoryCreatedAt(DemoModel model) =>
        model.Official == BaseModelFamilies.Llama3_8B ? model.CreatedAt - 20 * DemoClock.Day - 5 * 3600 : model.CreatedAt;

    private static object Flag(bool value) => value ? 1 : 0;

    private static string? Time(long? seconds) => seconds is { } s ? DemoClock.Format(s) : null;

    public void Dispose()
    {
        foreach (var insert in new[] { _entries, _details, _tags, _baseLinks, _datasetLinks, _repoCommits, _commits, _commitAuthors })
            insert.Dispose();
    }
}
