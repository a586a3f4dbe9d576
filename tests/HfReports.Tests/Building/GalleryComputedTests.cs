using System.Globalization;
using HfReports.Engine.Build;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Ingest.Demo;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Building;

/// <summary>The gallery's figures computed in YAML alone (summarize, median, mutate, a parameter filter), evaluated by the
/// engine on a demo snapshot and compared with the same numbers computed here from the raw rows.</summary>
public sealed class GalleryComputedTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _snapshot;
    private readonly ReportSpec _gallery;

    public GalleryComputedTests()
    {
        _snapshot = _folder.File("demo.db");
        DemoSnapshotGenerator.Write(_snapshot, new DemoOptions(Models: 800, Seed: 5));
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(Path.Combine(RepositoryRoot.Path, "reports", "examples", "examples.yaml"), diagnostics, EngineVocabulary.Manifest)!;
        _gallery = ReportLoader.Load(manifest.Reports.Single(), manifest.BaseFolder, diagnostics, EngineVocabulary.Spec)!;
        Assert.Empty(diagnostics.Items);
    }

    private Frame Evaluate(string id)
    {
        var data = Blocks(_gallery.Sections).Select(b => b switch
        {
            FigureSpec f when f.Id == id => f.Data,
            TableSpec t when t.Id == id => t.Data,
            _ => null,
        }).Single(d => d is not null)!;
        using var database = SnapshotDatabase.OpenReadOnly(_snapshot);
        var diagnostics = new DiagnosticBag();
        var frame = new FrameEvaluator(database, _gallery.Parameters, diagnostics, rowLimit: null).Evaluate(data);
        Assert.Empty(diagnostics.Items);
        return frame!;
    }

    private static IEnumerable<BlockSpec> Blocks(IEnumerable<SectionSpec> sections) => sections.SelectMany(s => s.Blocks.Concat(Blocks(s.Sections)));

    /// <summary>(type, average) of every scored model, read with plain SQL.</summary>
    private List<(string Type, double Average, string? Created)> Rows()
    {
        using var connection = new SqliteConnection($"Data Source={_snapshot};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select type_short, average, created_at from models where average is not null";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, double, string?)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetDouble(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return rows;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    [Fact]
    public void Count_and_mean_table_matches_the_raw_rows_per_type()
    {
        var table = Evaluate("count-mean-by-type");
        var expected = Rows().GroupBy(r => r.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Length, table.RowCount);
        for (var i = 0; i < expected.Length; i++)
        {
            var group = expected[i].Select(r => r.Average).ToArray();
            Assert.Equal($"{expected[i].Key} ({group.Length})", table["label"][i]);
            Assert.Equal((long)group.Length, table["models"][i]);
            Assert.Equal(group.Average(), (double)table["mean_average"][i]!, 9);
            Assert.Equal(Median(group), (double)table["median_average"][i]!, 9);
        }
    }

    [Fact]
    public void Median_per_month_matches_the_raw_rows_and_honours_the_parameter()
    {
        var frame = Evaluate("median-per-month");
        var minimum = (long)_gallery.Parameters["min_models"]!;
        var months = Rows().Where(r => r.Created is not null)
            .GroupBy(r => r.Created![..7], StringComparer.Ordinal)
            .Where(g => g.Count() >= minimum)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(months);
        Assert.Equal(months.Select(m => m.Key + "-01"), Enumerable.Range(0, frame.RowCount).Select(r => ((DateTime)frame["month"][r]!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        for (var i = 0; i < months.Length; i++)
            Assert.Equal(Median(months[i].Select(r => r.Average)), (double)frame["median_average"][i]!, 9);
    }

    [Fact]
    public void Boxplot_frame_keeps_every_scored_model_but_unknown_types()
    {
        var frame = Evaluate("boxplot-by-type");
        Assert.Equal(Rows().Count(r => r.Type != "Unknown"), frame.RowCount);
    }

    public void Dispose() => _folder.Dispose();
}
