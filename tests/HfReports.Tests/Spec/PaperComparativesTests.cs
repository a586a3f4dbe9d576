using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Tests.EndToEnd;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Spec;

/// <summary>
/// The paper's own sentences about Figures 4 and 7 (read from reports/paper/paper.yaml with its window and type-trends
/// queries) rendered on two small snapshots whose numbers go opposite ways: every comparative word flips with the data.
/// The oracle is the hand-made data: counts and means of each type in January and December 2024.
/// </summary>
public sealed class PaperComparativesTests
{
    [Fact]
    public void Merges_unknown_types_and_scores_rise_where_the_data_rises()
    {
        // January: 1 merge, 2 fine-tuned (mean 50), 2 unknown; December: 3 merges, 2 fine-tuned (mean 60), no unknown.
        var text = Render(
            ("Base Merge", "2024-01-10", 40), ("Base Merge", "2024-12-10", 41), ("Base Merge", "2024-12-11", 42), ("Base Merge", "2024-12-12", 43),
            ("Fine-tuned", "2024-01-05", 45), ("Fine-tuned", "2024-01-06", 55), ("Fine-tuned", "2024-12-05", 58), ("Fine-tuned", "2024-12-06", 62),
            ("Unknown", "2024-01-07", 30), ("Unknown", "2024-01-08", 30));
        Assert.Contains("the number of new merges rises from 1 to 3, and that of models of unknown type falls to none (from 2).", text);
        Assert.Contains("the mean average score rises for 2 of the 2 model types with models in both; that of merges rises, from 40 to 42", text);
        Assert.Contains("Base Merge and Fine-tuned share the lead of the cumulative count with 4 models each.", text);
    }

    [Fact]
    public void The_same_sentences_fall_where_the_data_falls()
    {
        // January: 3 merges, 2 fine-tuned (mean 60), 1 unknown; December: 1 merge, 2 fine-tuned (mean 50), 2 unknown.
        var text = Render(
            ("Base Merge", "2024-01-10", 50), ("Base Merge", "2024-01-11", 50), ("Base Merge", "2024-01-12", 50), ("Base Merge", "2024-12-10", 44),
            ("Fine-tuned", "2024-01-05", 58), ("Fine-tuned", "2024-01-06", 62), ("Fine-tuned", "2024-12-05", 45), ("Fine-tuned", "2024-12-06", 55),
            ("Fine-tuned", "2024-06-06", 55), ("Unknown", "2024-01-07", 30), ("Unknown", "2024-12-07", 30), ("Unknown", "2024-12-08", 30));
        Assert.Contains("the number of new merges falls from 3 to 1, and that of models of unknown type rises from 1 to 2.", text);
        Assert.Contains("the mean average score rises for 0 of the 2 model types with models in both; that of merges falls, from 50 to 44", text);
        Assert.Contains("Fine-tuned leads the cumulative count with 5 models, ahead of Base Merge (4).", text);
    }

    /// <summary>Builds the paper's two text blocks on a snapshot of the given models (window: 2024).</summary>
    private static string Render(params (string Type, string Created, double Average)[] models)
    {
        var paper = PaperSpecFigures.Load();
        var blocks = Texts(paper.Sections).Where(t => t.Contains("new merges", StringComparison.Ordinal)
                                                     || t.Contains("mean average score rises for", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, blocks.Length);
        string Indented(string text, int spaces) => string.Join("\n", text.Split('\n').Select(l => new string(' ', spaces) + l));
        var report = $"""
            report:
              id: r
              title: T
              parameters:
                since: {"{"} default: 2024-01-01, type: date, restricts: all {"}"}
                until: {"{"} default: 2024-12-31, type: date, restricts: all {"}"}
              frames:
                facts:
                  query: select count(*) as models, sum(average >= 60) as at_least_60 from models
                types:
                  query: select type_short, count(*) as models from models group by type_short order by type_short
                window:
                  query: |
            {Indented(paper.Frames["window"].SqlFor("sqlite")!.Sql!, 8)}
                type_trends:
                  query: |
            {Indented(paper.Frames["type_trends"].SqlFor("sqlite")!.Sql!, 8)}
              sections:
                - title: Types
                  id: types-per-week
                  blocks:
                    - text: |
            {Indented(blocks[0], 12)}
                - title: Scores
                  id: types-over-time
                  blocks:
                    - text: |
            {Indented(blocks[1], 12)}
            """;
        using var workspace = new SpecWorkspace(new Dictionary<string, string>
        {
            ["report.yaml"] = report,
            ["reports.yaml"] = "snapshot: snapshot.db\noutput: out\nformats: [html]\nreports: [report.yaml]\n",
        });
        WriteSnapshot(Path.Combine(workspace.Folder, "snapshot.db"), models);
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(workspace.ManifestPath, diagnostics, EngineVocabulary.Manifest) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var result = ReportBuilder.Build(manifest, new BuildOptions(new Dictionary<string, object?>(), Strict: true));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics) + "\n" + report);
        var html = File.ReadAllText(Path.Combine(workspace.Folder, "out", "r.html"));
        // The HTML's paragraphs without tags and line breaks, so a sentence reads as one line.
        return System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""), @"\s+", " ");
    }

    private static IEnumerable<string> Texts(IEnumerable<SectionSpec> sections) =>
        sections.SelectMany(s => s.Blocks.OfType<TextBlockSpec>().Select(t => t.Template).Concat(Texts(s.Sections)));

    private static void WriteSnapshot(string path, (string Type, string Created, double Average)[] models)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE snapshot_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO snapshot_meta VALUES ('schema_version', '{HfReports.Engine.Query.SnapshotIdentity.SupportedSchemaVersion}'), ('created_at', '2025-01-01T00:00:00Z'), ('synthetic', '0');
            CREATE TABLE imports (import_id INTEGER PRIMARY KEY, source_name TEXT, sha256 TEXT, format TEXT, generation TEXT,
              as_of TEXT, rows_kept INTEGER, synthetic INTEGER);
            INSERT INTO imports VALUES (1, 'small.csv', 'ab', 'v1-csv', 'v1', '2025-01-01', 12, 0);
            CREATE TABLE models (fullname TEXT PRIMARY KEY, type_short TEXT NOT NULL, created_at TEXT, average REAL);
            """;
        command.ExecuteNonQuery();
        for (var i = 0; i < models.Length; i++)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO models VALUES ($name, $type, $created, $average)";
            insert.Parameters.AddWithValue("$name", $"o/m{i}");
            insert.Parameters.AddWithValue("$type", models[i].Type);
            insert.Parameters.AddWithValue("$created", models[i].Created);
            insert.Parameters.AddWithValue("$average", models[i].Average);
            insert.ExecuteNonQuery();
        }
    }
}
