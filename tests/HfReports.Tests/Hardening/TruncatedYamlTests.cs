using HfReports.Engine.Spec;
using HfReports.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HfReports.Tests.Hardening;

/// <summary>
/// A spec cut short or missing one character is an error with a position, never a crash. YamlDotNet's scanner stops on
/// a { or [ left open across lines with an InvalidOperationException rather than a YamlException (found by running
/// `check` on a figure whose closing brace was deleted): the shape check reports it at the bracket.
/// </summary>
public sealed class TruncatedYamlTests
{
    [Fact]
    public void An_unclosed_flow_mapping_is_reported_at_its_brace()
    {
        var problem = YamlShape.Check("chart:\n  x: { field: type_short, title: Type\n  y: { field: average }\n");

        Assert.NotNull(problem);
        Assert.Equal("YAML syntax error: the '{' here is never closed; end it with '}' (or write the values as an indented block)", problem.Value.Message);
        Assert.Equal((2, 6), ((int)problem.Value.At.Line, (int)problem.Value.At.Column));
    }

    [Fact]
    public void An_unclosed_flow_list_is_reported_at_its_bracket_and_the_command_says_where()
    {
        Assert.Equal("YAML syntax error: the '[' here is never closed; end it with ']' (or write the values as an indented block)",
            YamlShape.Check("formats: [pdf, html\nreports:\n  - a.yaml\n")?.Message);

        using var folder = new TempFolder();
        var manifest = folder.Write("reports.yaml", "snapshot: none.db\nformats: [pdf, html\nreports:\n  - a.yaml\n");
        var result = CliRunner.Run("check", manifest, "--no-color");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("reports.yaml:2:10: error: YAML syntax error: the '[' here is never closed", result.Output + result.Error);
    }

    [Theory]
    [InlineData("reports.yaml")]
    [InlineData("reports/examples/figures/columns-grouped.yaml")]
    [InlineData("reports/paper/figures/fig04-types-per-week.yaml")]
    public void Every_prefix_and_every_one_character_deletion_of_a_spec_is_refused_with_a_position_or_parses(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)).ReplaceLineEndings("\n");
        var variants = Enumerable.Range(0, text.Length).SelectMany(i => new[] { text[..i], text.Remove(i, 1) });
        foreach (var variant in variants)
        {
            // What SpecFile relies on: the shape check never throws, and when it passes, the full parse either succeeds
            // or throws the YamlException it turns into a positioned error.
            if (YamlShape.Check(variant) is not null) continue;
            try
            {
                new YamlStream().Load(new StringReader(variant));
            }
            catch (YamlException)
            {
            }
        }
    }
}
