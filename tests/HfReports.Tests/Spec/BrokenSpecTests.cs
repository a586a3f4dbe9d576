using HfReports.Tests.Support;

namespace HfReports.Tests.Spec;

/// <summary>Every broken spec of the corpus gives exactly one diagnostic, with the exact message and position.</summary>
public sealed class BrokenSpecTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var broken in BrokenSpecCorpus.All()) data.Add(broken.Name);
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_cases_with_distinct_names()
    {
        var names = BrokenSpecCorpus.All().Select(c => c.Name).ToArray();
        Assert.True(names.Length >= 30, $"only {names.Length} cases");
        Assert.Equal(names.Length, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Broken_spec_gives_its_exact_diagnostic(string name)
    {
        var broken = BrokenSpecCorpus.All().Single(c => c.Name == name);
        using var workspace = new SpecWorkspace(broken.Files);
        var diagnostics = broken.Check ? workspace.Check().Diagnostics : workspace.Load();

        var found = Assert.Single(diagnostics);
        Assert.Equal(broken.Message, found.Message);
        Assert.Equal(broken.Severity, found.Severity.ToString().ToLowerInvariant());
        Assert.NotNull(found.Location);
        Assert.Equal((broken.File, broken.Line, broken.Column), (found.Location.File, found.Location.Line, found.Location.Column));
        // Every diagnostic below a file's root names its key path; syntax errors and whole-file problems have none.
        var wholeFile = found.Message.StartsWith("YAML syntax error", StringComparison.Ordinal)
            || found.Message is "the file is empty" or "an included file holds exactly one of: figure, table, text";
        Assert.Equal(!wholeFile, !string.IsNullOrEmpty(found.KeyPath));
        if (broken.KeyPath is { } keyPath) Assert.Equal(keyPath, found.KeyPath);
    }
}
