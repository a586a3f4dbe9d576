using HfReports.Engine.Build;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>Blocks that read the same query with the same parameters run it once per build; a parameter of another value
/// makes it another query. SQLite's random() tells them apart: two runs of it give other numbers.</summary>
public sealed class SharedQueryTests
{
    private const string Report = """
        report:
          id: r
          title: T
          frames:
            first:
              query: select random() as r, :p as p
              params: { p: 1 }
            same:
              query: select random() as r, :p as p
              params: { p: 1 }
              transform:
                - filter: { column: p, eq: 1 }
            other:
              query: select random() as r, :p as p
              params: { p: 2 }
          sections:
            - title: S
              blocks:
                - text: "{{ frames.first[0].r }}"
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_same_query_runs_once_and_another_parameter_runs_again(int parallelism)
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report });
        var snapshotPath = Path.Combine(workspace.Folder, "snapshot.db");
        TinySnapshot.Write(snapshotPath);
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(workspace.ManifestPath, diagnostics, EngineVocabulary.Manifest)!;
        var report = ReportLoader.Load(manifest.Reports.Single(), manifest.BaseFolder, diagnostics, EngineVocabulary.Spec)!;
        Assert.Empty(diagnostics.Items);
        using var database = SnapshotDatabase.OpenReadOnly(snapshotPath);

        var evaluator = new FrameEvaluator(database, report.Parameters, diagnostics, rowLimit: null) { Parallelism = parallelism };
        evaluator.EvaluateNamed(report.Frames);

        Assert.Empty(diagnostics.Items);
        long R(string frame) => Convert.ToInt64(evaluator.Named[frame]["r"][0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(R("first"), R("same"));
        Assert.NotEqual(R("first"), R("other"));
    }
}
