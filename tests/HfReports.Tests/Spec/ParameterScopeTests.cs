using System.Text.RegularExpressions;
using HfReports.Engine.Build;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Spec;

/// <summary>
/// A parameter's `restricts:` text says which figures and tables it narrows; the spec's own SQL and transforms say
/// which ones it does (<see cref="ParameterScopes"/>). Each edition of the paper must say exactly what its queries do:
/// a query that starts or stops binding `:since` makes this fail until the words follow.
/// </summary>
public sealed partial class ParameterScopeTests
{
    public static TheoryData<string, string> RestrictingParameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "paper.yaml", "paper-v2.yaml" })
            foreach (var name in Restricts(file).Keys) data.Add(file, name);
        return data;
    }

    [Fact]
    public void Both_editions_document_their_date_window()
    {
        Assert.Equal(["since", "until"], Restricts("paper.yaml").Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["since", "until"], Restricts("paper-v2.yaml").Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RestrictingParameters))]
    public void The_restricts_text_names_exactly_the_blocks_and_frames_that_bind_the_parameter(string file, string parameter)
    {
        var scope = ParameterScopes.Of(Load(file), parameter);
        var text = Restricts(file)[parameter];
        Assert.NotEmpty(scope.Blocks);
        Assert.Equal(scope.Blocks, Named(text));
        foreach (var frame in scope.Frames)
            Assert.True(text.Contains(frame.Replace('_', ' '), StringComparison.Ordinal),
                $"{file}: '{parameter}' restricts the named frame '{frame}', which its restricts text does not mention: \"{text}\"");
    }

    /// <summary>The oracle on the v1 paper, worked out by hand from its SQL: Figures 4, 5 and 7 bind :since and
    /// :until (types-per-week, architectures-per-week, types-scatter and cumulative-types), and so do the frames
    /// window and type_trends; no table does.</summary>
    [Fact]
    public void The_scope_of_the_window_on_the_v1_paper_is_figures_4_5_and_7_and_two_frames()
    {
        var scope = ParameterScopes.Of(Load("paper.yaml"), "since");
        Assert.Equal(["Figure 4", "Figure 5", "Figure 7"], scope.Blocks);
        Assert.Equal(["type_trends", "window"], scope.Frames);
        Assert.Empty(ParameterScopes.Of(Load("paper.yaml"), "top_models").Frames);
        Assert.NotEqual(Named("Figures 4 and 5"), scope.Blocks);
    }

    /// <summary>"Figures 4, 5 and 7" and "Table 2": the numbered blocks a text names, figures first.</summary>
    private static string[] Named(string text) =>
        [.. BlockList().Matches(text).SelectMany(m => m.Groups["numbers"].Value.Split([",", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => $"{(m.Groups["kind"].Value.StartsWith("Fig", StringComparison.Ordinal) ? "Figure" : "Table")} {n}"))];

    [GeneratedRegex(@"(?<kind>Figures?|Tables?) (?<numbers>\d+(?:(?:, | and )\d+)*)")]
    private static partial Regex BlockList();

    /// <summary>Each parameter of the spec with a `restricts:` text, read from the YAML as written.</summary>
    private static Dictionary<string, string> Restricts(string file)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? parameter = null;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot.Path, "reports", "paper", file)))
        {
            if (ParameterLine().Match(line) is { Success: true } p) parameter = p.Groups["name"].Value;
            else if (RestrictsLine().Match(line) is { Success: true } r && parameter is not null) result[parameter] = r.Groups["text"].Value;
        }
        return result;
    }

    [GeneratedRegex(@"^    (?<name>[a-z_]+):\s*$")]
    private static partial Regex ParameterLine();

    [GeneratedRegex(@"^      restricts: ""(?<text>.*)""\s*$")]
    private static partial Regex RestrictsLine();

    private static ReportSpec Load(string file)
    {
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(Path.Combine(RepositoryRoot.Path, "reports.yaml"), diagnostics, EngineVocabulary.Manifest)!;
        var report = ReportLoader.Load(manifest.Reports.Single(r => r.DisplayPath.EndsWith("/" + file, StringComparison.Ordinal) || r.DisplayPath == file),
            manifest.BaseFolder, diagnostics, EngineVocabulary.Spec);
        Assert.Empty(diagnostics.Items);
        return report!;
    }
}
