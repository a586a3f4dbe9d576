using HfReports.Engine.Build;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>`build` and `check` set a report up the same way (<see cref="ReportEvaluation"/>), both honour the
/// caller's cancellation, and the build date comes from the options the caller fills, not the environment.</summary>
public sealed class ReportEvaluationTests
{
    private const string Report = """
        report:
          id: r
          title: T
          frames:
            groups:
              query: select arch_group, count(*) as models from models group by arch_group order by arch_group
          sections:
            - title: S
              blocks:
                - text: "{{ frames.groups.size }} groups"
        """;

    [Fact]
    public void Check_stops_when_its_caller_cancels()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => workspace.Check(BuildOptions.Default with { Cancellation = cancelled.Token }));
        Assert.Empty(workspace.Check().Diagnostics);
    }

    [Fact]
    public void The_build_date_comes_from_the_options_else_from_the_snapshot()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report });
        var (manifest, report, snapshotPath) = workspace.LoadReport();
        var diagnostics = new DiagnosticBag();
        using var database = SnapshotDatabase.OpenReadOnly(snapshotPath);
        var snapshot = SnapshotIdentity.Read(database);
        var fonts = new FontRegistry(manifest.Theme);
        var options = BuildOptions.Default with { Parallelism = 1 };

        // 1740830400 s after 1970-01-01 is 2025-03-01 12:00 UTC; the tiny snapshot was made 2024-06-15.
        var dated = ReportBuilder.BuildDocument(report, database, snapshot, fonts, options with { SourceDateEpoch = "1740830400" }, diagnostics);
        var undated = ReportBuilder.BuildDocument(report, database, snapshot, fonts, options, diagnostics);

        Assert.Equal(new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc), dated.CreatedAt);
        Assert.Equal(new DateTime(2024, 6, 15, 0, 0, 0, DateTimeKind.Utc), undated.CreatedAt);
        Assert.Empty(diagnostics.Items);
    }
}
