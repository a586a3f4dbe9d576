using Dapper;

namespace HfReports.Tests.Demo;

/// <summary>The demo looks like the real v1 data: the mixes and shapes the paper's figures rely on.</summary>
public sealed class DemoSnapshotShapeTests(DemoSnapshotFixture demo) : IClassFixture<DemoSnapshotFixture>
{
    [Fact]
    public void SnapshotMeta_SaysSynthetic()
    {
        using var db = demo.Open();
        var meta = db.Query<(string Key, string Value)>("SELECT key, value FROM snapshot_meta").ToDictionary(m => m.Key, m => m.Value);
        Assert.Equal("3", meta["schema_version"]);
        Assert.Equal("1", meta["synthetic"]);
        Assert.Equal("hfreports snapshot demo", meta["generator"]);
        Assert.Equal("42", meta["demo_seed"]);
        Assert.Equal("7000", meta["demo_models"]);
        Assert.Equal("2024-07-15T00:00:00Z", meta["created_at"]);
        var import = db.QuerySingle<(string Format, string Generation, long Synthetic, long RowsRead)>(
            "SELECT format, generation, synthetic, rows_read FROM imports");
        Assert.Equal(("demo", "v1", 1L), (import.Format, import.Generation, import.Synthetic));
        Assert.Equal(demo.Summary.Entries, import.RowsRead);
    }

    [Fact]
    public void Models_HaveOneRowPerRepositoryWithoutFlagged()
    {
        using var db = demo.Open();
        var repositories = db.ExecuteScalar<int>("SELECT COUNT(DISTINCT fullname) FROM leaderboard_entries");
        var flagged = db.ExecuteScalar<int>("SELECT COUNT(DISTINCT fullname) FROM leaderboard_entries WHERE is_flagged = 1");
        var models = db.ExecuteScalar<int>("SELECT COUNT(*) FROM models");
        Assert.Equal(DemoSnapshotFixture.Models, repositories);
        Assert.Equal(repositories - flagged, models);
        Assert.InRange(flagged / (double)repositories, 0.008, 0.025);
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM models m JOIN leaderboard_entries e ON e.entry_id = m.entry_id WHERE e.is_flagged = 1"));
        // About 5% of repositories were evaluated 2-4 times; the kept entry is the best one.
        var duplicated = db.Query<int>("SELECT COUNT(*) FROM leaderboard_entries GROUP BY fullname HAVING COUNT(*) > 1").ToList();
        Assert.InRange(duplicated.Count / (double)repositories, 0.03, 0.08);
        Assert.InRange(duplicated.Max(), 2, 4);
        Assert.Equal(0, db.ExecuteScalar<int>("""
            SELECT COUNT(*) FROM models m
            JOIN (SELECT fullname, MAX(average) AS best FROM leaderboard_entries GROUP BY fullname) b ON b.fullname = m.fullname
            WHERE m.average < b.best
            """));
    }

    [Fact]
    public void Types_FollowTheV1Mix()
    {
        using var db = demo.Open();
        var shares = Shares(db, "SELECT type_short, COUNT(*) FROM models GROUP BY 1");
        // Real clean shares: 57.1 / 19.6 / 14.6 / 5.3 / 0.9 / 2.5 %.
        Assert.InRange(shares["Fine-tuned"], 0.52, 0.62);
        Assert.InRange(shares["Chat Model"], 0.16, 0.23);
        Assert.InRange(shares["Base Merge"], 0.11, 0.18);
        Assert.InRange(shares["Pretrained"], 0.035, 0.075);
        Assert.InRange(shares["Continuously pretrained"], 0.004, 0.02);
        Assert.InRange(shares["Unknown"], 0.012, 0.04);
        // The unknown type disappears in recent months; merges grow from late 2023.
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE type_short = 'Unknown' AND created_at >= '2024-04-01'"));
        var mergesBefore = db.ExecuteScalar<double>("SELECT AVG(type_short = 'Base Merge') FROM models WHERE created_at < '2023-10-01'");
        var mergesAfter = db.ExecuteScalar<double>("SELECT AVG(type_short = 'Base Merge') FROM models WHERE created_at >= '2024-02-01'");
        Assert.True(mergesAfter > 4 * mergesBefore, $"{mergesBefore} -> {mergesAfter}");
    }

    [Fact]
    public void Architectures_GiveNineGroupsPlusOther()
    {
        using var db = demo.Open();
        var groups = db.Query<string>("SELECT DISTINCT arch_group FROM models ORDER BY 1").ToList();
        Assert.Equal(["GPT-NeoX", "GPT2", "Gemma", "LLama", "Mistral", "Mixtral", "Opt", "Other", "Phi", "Qwen2"], groups);
        var raw = db.Query<string>("SELECT DISTINCT architecture FROM leaderboard_entries").ToList();
        Assert.Contains("?", raw);
        Assert.Contains("Unknown", raw);
        Assert.Contains("LlamaForCausalLM", raw);
        var shares = Shares(db, "SELECT arch_group, COUNT(*) FROM models GROUP BY 1");
        Assert.InRange(shares["LLama"], 0.30, 0.43);
        Assert.InRange(shares["Mistral"], 0.25, 0.38);
    }

    [Fact]
    public void LicencesAndParams_FollowTheV1Mix()
    {
        using var db = demo.Open();
        var licences = Shares(db, "SELECT coalesce(license, '(blank)'), COUNT(*) FROM models GROUP BY 1");
        Assert.InRange(licences["apache-2.0"], 0.33, 0.43);
        Assert.InRange(licences["(blank)"], 0.20, 0.30);
        Assert.InRange(licences["cc-by-nc-4.0"], 0.05, 0.10);
        Assert.InRange(licences["other"], 0.07, 0.13);
        Assert.True(licences.ContainsKey("unknown") && licences.ContainsKey("llama3") && licences.ContainsKey("gemma"));

        var unknownParams = db.ExecuteScalar<double>("SELECT AVG(params_b IS NULL) FROM leaderboard_entries");
        Assert.InRange(unknownParams, 0.06, 0.13);
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM leaderboard_entries WHERE params_b <= 0 OR params_b <> CAST(params_b AS INTEGER)"));
        var sevenB = db.ExecuteScalar<double>("SELECT AVG(params_b = 7) FROM models WHERE params_b IS NOT NULL");
        Assert.InRange(sevenB, 0.30, 0.50);
        var upTo20 = db.ExecuteScalar<double>("SELECT AVG(params_b <= 20) FROM models WHERE params_b > 0");
        Assert.InRange(upTo20, 0.78, 0.92);
    }

    private const string FamilySizes = """
        WITH family(key, pattern, params) AS (VALUES
            ('llama38', 'llama3', 8), ('mistral7b7', 'mistral7b', 7), ('mixtral8x7b46', 'mixtral8x7b', 46),
            ('llama27b7', 'llama27b', 7), ('llama270', 'llama2', 70), ('llama370', 'llama3', 70),
            ('llama7b7', 'llama7b', 7), ('llama30', 'llama', 30), ('phi2', 'phi2', NULL),
            ('phi3mini', 'phi3mini', NULL), ('phi3medium', 'phi3medium', NULL)),
        kept AS (
            SELECT m.* FROM models m
            WHERE coalesce(m.model_type, '') <> 'base merges and moerges' AND m.is_merged = 0
              AND lower(m.fullname) NOT LIKE '%merge%' AND m.created_at IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM repo_tags t WHERE t.fullname = m.fullname AND t.tag LIKE '%merge%')),
        members AS (
            SELECT f.key, k.fullname, k.created_at, k.average FROM family f
            JOIN kept k ON instr(k.name_norm, f.pattern) > 0 AND (f.params IS NULL OR k.params_b = f.params)),
        ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY key ORDER BY created_at, average DESC) AS position FROM members)
        SELECT key AS Key, COUNT(*) AS Size,
               MAX(CASE WHEN position = 1 THEN fullname END) AS Reference,
               MAX(average) - MAX(CASE WHEN position = 1 THEN average END) AS Gain
        FROM ranked GROUP BY key
        """;

    [Fact]
    public void Families_HaveTheirOfficialBaseFirstAndRealisticSizes()
    {
        using var db = demo.Open();
        var families = db.Query<(string Key, int Size, string Reference, double Gain)>(FamilySizes).ToDictionary(f => f.Key);
        Assert.Equal(11, families.Count);
        Assert.All(families.Values, f => Assert.StartsWith("demo-", f.Reference));
        // Table 0.8 at 7,000 models: Mistral 7B > 300, Llama 3 8B > 200 (within sampling noise).
        Assert.InRange(families["mistral7b7"].Size, 290, 440);
        Assert.InRange(families["llama38"].Size, 160, 250);
        Assert.InRange(families["llama27b7"].Size, 55, 120);
        Assert.InRange(families["phi3medium"].Size, 2, 12);
        // Fig 11: Llama 1 7B and Mistral 7B gain most, Llama 3 8B more than 10, Phi-3 little.
        Assert.InRange(families["mistral7b7"].Gain, 12, 17);
        Assert.InRange(families["llama7b7"].Gain, 9, 17);
        Assert.InRange(families["llama38"].Gain, 9.5, 13);
        Assert.InRange(families["phi3mini"].Gain, -0.5, 2.5);
        // Llama 3 8B passes +10 within a few weeks of its release.
        var early = db.ExecuteScalar<double>("""
            SELECT MAX(average) FROM models WHERE instr(name_norm, 'llama3') > 0 AND params_b = 8
              AND created_at < '2024-05-10' AND coalesce(model_type, '') <> 'base merges and moerges' AND is_merged = 0
            """);
        Assert.True(early - 62.6 > 9, $"early best {early}");
    }

    [Fact]
    public void Owners_AreHeavyTailedAndSynthetic()
    {
        using var db = demo.Open();
        var counts = db.Query<int>("SELECT COUNT(*) FROM models GROUP BY owner ORDER BY 1 DESC").ToList();
        double total = counts.Sum();
        Assert.InRange(counts.Take(10).Sum() / total, 0.05, 0.12);
        Assert.InRange(counts.Take(200).Sum() / total, 0.42, 0.62);
        Assert.InRange(counts.Count, 900, 2000);
        Assert.True(db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE owner LIKE 'demo-lab-%'") > 0);
    }

    [Fact]
    public void CommitAuthors_AreMostlyOnePerRepository()
    {
        using var db = demo.Open();
        var perRepo = db.Query<(int Authors, int Repos)>("SELECT num_of_authors, COUNT(*) FROM repo_commits GROUP BY 1").ToList();
        Assert.Equal(1, perRepo.MaxBy(p => p.Repos).Authors);
        var repos = perRepo.Sum(p => p.Repos);
        Assert.True(perRepo.Where(p => p.Authors > 3).Sum(p => p.Repos) < 0.06 * repos);
        Assert.InRange(perRepo.Max(p => p.Authors), 8, 21);
        var authors = db.ExecuteScalar<int>("SELECT COUNT(*) FROM author_activity");
        Assert.InRange(authors, 800, 2500);
        Assert.True(db.ExecuteScalar<int>("SELECT MAX(num_of_repos) FROM author_activity") >= 50);
    }

    [Fact]
    public void Downloads_ConcentrateOnSmallModels()
    {
        using var db = demo.Open();
        var share = db.ExecuteScalar<double>("SELECT 1.0 * SUM(CASE WHEN params_b <= 15 THEN downloads END) / SUM(downloads) FROM models WHERE params_b > 0");
        Assert.InRange(share, 0.75, 0.93);
        Assert.Equal(450_209, db.ExecuteScalar<long>("SELECT downloads FROM repo_details WHERE fullname = 'demo-mistral/Mistral-7B-v0.1'"));
        var enriched = db.ExecuteScalar<double>("SELECT AVG(status = 'ok') FROM repo_details");
        Assert.InRange(enriched, 0.95, 0.99);
    }

    [Fact]
    public void CreationTimes_GrowTowardsMid2024()
    {
        using var db = demo.Open();
        var tail = db.ExecuteScalar<double>("SELECT AVG(created_at < '2023-01-01') FROM models");
        Assert.InRange(tail, 0.02, 0.07);
        var early = db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE created_at >= '2023-02-01' AND created_at < '2023-05-01'");
        var late = db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE created_at >= '2024-02-01' AND created_at < '2024-05-01'");
        Assert.True(late > 3 * early, $"{early} -> {late}");
        Assert.Equal(0, db.ExecuteScalar<int>("SELECT COUNT(*) FROM models WHERE created_source = 'hub' AND created_at > '2024-06-13'"));
        Assert.Equal("2024-04-17T23:16:24Z", db.ExecuteScalar<string>("SELECT created_at FROM models WHERE fullname = 'demo-meta/Meta-Llama-3-8B'"));
    }

    private static Dictionary<string, double> Shares(System.Data.IDbConnection db, string sql)
    {
        var rows = db.Query<(string Key, int Count)>(sql).ToList();
        double total = rows.Sum(r => r.Count);
        return rows.ToDictionary(r => r.Key, r => r.Count / total);
    }
}
