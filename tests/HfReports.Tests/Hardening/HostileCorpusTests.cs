using HfReports.Engine.Spec;

namespace HfReports.Tests.Hardening;

/// <summary>Builds every case of the hostile corpus to PDF and HTML and checks its exact outcome; no case may
/// throw, hang, or change the snapshot.</summary>
public sealed class HostileCorpusTests
{
    [Fact]
    public void The_corpus_has_at_least_forty_cases_with_distinct_names()
    {
        var names = HostileCorpus.Cases().Select(c => c.Name).ToArray();
        Assert.True(names.Length >= 40, $"only {names.Length} cases");
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_hostile_case_builds_or_fails_with_its_diagnostic(HostileCase hostile)
    {
        using var workspace = new HostileWorkspace(hostile.ReportYaml, hostile.Files);
        hostile.Prepare?.Invoke(workspace.Folder, workspace.Outside);
        var snapshotBefore = File.ReadAllBytes(workspace.SnapshotPath);

        var result = workspace.Build();

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        var shown = string.Join("\n", result.Diagnostics);
        if (hostile.Succeeds)
        {
            Assert.True(errors.Length == 0, $"expected a clean build, got:\n{shown}");
            var pdf = Path.Combine(workspace.OutputFolder, hostile.ReportId + ".pdf");
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5));
            Assert.True(File.Exists(Path.Combine(workspace.OutputFolder, hostile.ReportId + ".html")));
        }
        else
        {
            var match = errors.FirstOrDefault(d => d.Message.Contains(hostile.Error!, StringComparison.Ordinal));
            Assert.True(match is not null, $"expected an error containing \"{hostile.Error}\", got:\n{shown}");
            if (hostile.Where is not null)
                Assert.Equal(hostile.Where, $"{match.Location?.File}:{match.Location?.Line}");
            if (hostile.At is not null)
            {
                var line = LineOf(hostile.ReportYaml, hostile.At);
                Assert.True(match.Location is { File: "report.yaml" } && match.Location.Line == line,
                    $"expected the error at report.yaml:{line} (the line with '{hostile.At}'), got {match.Location}");
            }
            Assert.Empty(result.Outputs);
        }
        Assert.Equal(snapshotBefore, File.ReadAllBytes(workspace.SnapshotPath));
        Assert.False(File.Exists(Path.Combine(workspace.Folder, "copy.db")), "VACUUM INTO wrote a copy of the snapshot");
        Assert.Empty(Directory.Exists(workspace.OutputFolder)
            ? Directory.GetFiles(workspace.OutputFolder, "*.tmp")
            : []);
    }

    public static TheoryData<HostileCase> Cases() => HostileCorpus.All();

    private static int LineOf(string text, string marker) =>
        text.Split('\n').Select((line, index) => (line, index)).First(p => p.line.Contains(marker, StringComparison.Ordinal)).index + 1;
}
