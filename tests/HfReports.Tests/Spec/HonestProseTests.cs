using HfReports.Engine.Build;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Spec;

/// <summary>
/// What keeps a report from printing a false sentence: published numbers told from snapshot checks, relative
/// tolerances that fail for small categories, typed date parameters, comparative words from the numbers, and a
/// misspelt frame column that is an error with the nearest name instead of an empty string. The tiny snapshot's six
/// models (three Mistral, two LLama, one Phi) are the oracle.
/// </summary>
public sealed class HonestProseTests
{
    private static string Report(string frames = "", string text = "ok", string parameters = "") => $$"""
        report:
          id: r
          title: T
          parameters:
            since: 2024-01-01
        {{parameters}}
          frames:
            groups:
              query: select arch_group, count(*) as models from models group by arch_group order by arch_group
        {{frames}}
          sections:
            - title: S
              blocks:
                - text: |
                    {{text}}
        """;

    /// <summary>Builds the report to HTML on the tiny snapshot; returns the result and the HTML's text.</summary>
    private static (BuildResult Result, string Html, string Yaml) Build(string report, bool strict = false)
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string>
        {
            ["report.yaml"] = report,
            ["reports.yaml"] = "snapshot: snapshot.db\noutput: out\nformats: [html]\nreports: [report.yaml]\n",
        });
        var snapshot = Path.Combine(workspace.Folder, "snapshot.db");
        TinySnapshot.Write(snapshot);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={snapshot};Pooling=False"))
        {
            // A build names the import it was made from; check does not need it.
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE imports (import_id INTEGER PRIMARY KEY, source_name TEXT, sha256 TEXT, format TEXT, generation TEXT,
                  as_of TEXT, rows_kept INTEGER, synthetic INTEGER);
                INSERT INTO imports VALUES (1, 'tiny.csv', 'ab', 'v1-csv', 'v1', '2024-06-15', 6, 0);
                """;
            command.ExecuteNonQuery();
        }
        var diagnostics = new DiagnosticBag();
        var manifest = ManifestLoader.Load(workspace.ManifestPath, diagnostics, EngineVocabulary.Manifest) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var result = ReportBuilder.Build(manifest, new BuildOptions(new Dictionary<string, object?>(), Strict: strict));
        var html = Path.Combine(workspace.Folder, "out", "r.html");
        Assert.True(strict || File.Exists(html), string.Join("\n", result.Diagnostics));
        return (result, File.Exists(html) ? File.ReadAllText(html) : "", File.ReadAllText(Path.Combine(workspace.Folder, "report.yaml")));
    }

    /// <summary>Where a fragment of the report's text lies in report.yaml (1-based), found by searching the file: an oracle
    /// independent of the template's own position arithmetic.</summary>
    private static (int Line, int Column) Find(string yaml, string fragment)
    {
        var lines = yaml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(fragment, StringComparison.Ordinal) + 1);
    }

    private static CheckResult Check(string report, BuildOptions? options = null)
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = report });
        return workspace.Check(options);
    }

    [Fact]
    public void A_relative_tolerance_fails_for_a_small_category_where_an_absolute_one_would_hold()
    {
        // Phi has 1 model: "10%" of 2 is 0.2, so 1 differs; an absolute tolerance of 1.5 would have let it hold.
        var result = Check(Report(frames: """
                  expect:
                    - value: { column: models, where: { arch_group: Phi }, equals: 2, tolerance: "10%", published: Table 5, label: "Phi models" }
                    - value: { column: models, where: { arch_group: Phi }, equals: 2, tolerance: 1.5, label: "Phi models, absolute" }
            """));
        var relative = Assert.Single(result.Expectations, e => e.Description == "Phi models");
        Assert.False(relative.Passed);
        Assert.Equal("2 ± 10%", relative.Expected);
        Assert.Equal("Table 5", relative.Published);
        var absolute = Assert.Single(result.Expectations, e => e.Description == "Phi models, absolute");
        Assert.True(absolute.Passed);
        Assert.Null(absolute.Published);
    }

    [Fact]
    public void A_published_number_is_shown_with_the_decimals_the_spec_wrote()
    {
        // The paper prints "81.00"; YAML reads it as the number 81, which the appendix must not print as "81".
        var result = Check(Report(frames: """
                  expect:
                    - value: { column: models, where: { arch_group: Phi }, equals: 1.00, tolerance: 0.005, published: Table 5, label: "written" }
                    - value: { column: models, where: { arch_group: Phi }, equals: 1, published: Table 5, label: "integer" }
                    - value: { column: models, where: { arch_group: Phi }, equals: 1.50, tolerance: "50%", published: Table 5, label: "relative" }
            """));
        var written = Assert.Single(result.Expectations, e => e.Description == "written");
        Assert.True(written.Passed);
        Assert.Equal("1.00 ± 0.005", written.Expected);
        Assert.Equal(2, written.Decimals);
        Assert.Equal("1", Assert.Single(result.Expectations, e => e.Description == "integer").Expected);
        Assert.Null(Assert.Single(result.Expectations, e => e.Description == "integer").Decimals);
        Assert.Equal("1.50 ± 50%", Assert.Single(result.Expectations, e => e.Description == "relative").Expected);
    }

    [Fact]
    public void A_relative_tolerance_on_a_published_bound_widens_it_by_that_share_of_the_bound()
    {
        // Mistral has 3 models here: "more than 3" (min 4) fails; 30 % of 4 is 1.2, so "min 4 less 30 %" holds from 2.8,
        // while 20 % (from 3.2) still fails.
        var result = Check(Report(frames: """
                  expect:
                    - value: { column: models, where: { arch_group: Mistral }, min: 4, published: Figure 5 text, label: "strict" }
                    - value: { column: models, where: { arch_group: Mistral }, min: 4, tolerance: "30%", published: Figure 5 text, label: "wide" }
                    - value: { column: models, where: { arch_group: Mistral }, min: 4, tolerance: "20%", published: Figure 5 text, label: "narrow" }
            """));
        Assert.Equal("3", Assert.Single(result.Expectations, e => e.Description == "strict").Actual);
        Assert.False(Assert.Single(result.Expectations, e => e.Description == "strict").Passed);
        var wide = Assert.Single(result.Expectations, e => e.Description == "wide");
        Assert.True(wide.Passed);
        Assert.Equal("at least 4 (± 30%)", wide.Expected);
        Assert.Equal(2.8, wide.Numbers!.Minimum!.Value, 9);
        Assert.False(Assert.Single(result.Expectations, e => e.Description == "narrow").Passed);
    }

    [Fact]
    public void A_date_parameter_refuses_a_word_and_names_the_type()
    {
        var result = Check(Report(), new BuildOptions(new Dictionary<string, object?> { ["since"] = "yesterday" }));
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error
            && d.Message == "--param 'since': 'yesterday' is not a date (YYYY-MM-DD) like the default (2024-01-01)");
        var fine = Check(Report(), new BuildOptions(new Dictionary<string, object?> { ["since"] = "2024-01-09" }));
        Assert.DoesNotContain(fine.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_declared_date_parameter_with_a_null_default_is_still_typed()
    {
        var report = Report(parameters: """
                until: { default: null, type: date, restricts: "nothing here" }
            """);
        var result = Check(report, new BuildOptions(new Dictionary<string, object?> { ["until"] = "soon" }));
        Assert.Contains(result.Diagnostics, d => d.Message == "--param 'until': 'soon' is not a date (YYYY-MM-DD), the declared type of 'until'");
    }

    [Fact]
    public void Check_reports_a_misspelt_frame_column_in_a_branch_that_does_not_run_with_the_nearest_name()
    {
        var result = Check(Report(text: "{{ if false }}Most are {{ frames.groups[0].model }}.{{ end }}"));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("template reads column 'model' of frame 'groups', which has: arch_group, models", error.Message);
        Assert.Equal("did you mean 'models'?", error.Suggestion);
        Assert.Equal("report.yaml", Path.GetFileName(error.Location!.File));
    }

    [Fact]
    public void A_missing_column_renders_a_visible_placeholder_and_is_an_error_under_strict()
    {
        var report = Report(text: "Most are {{ frames.groups[0]['share_le2'] }} of all.");
        var relaxed = Check(report);
        Assert.Contains(relaxed.Diagnostics, d => d.Message.StartsWith("template reads column 'share_le2'", StringComparison.Ordinal));
        var strict = Check(report, new BuildOptions(new Dictionary<string, object?>(), Strict: true));
        Assert.Contains(strict.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'share_le2'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.0126, 0.0465, "rises")]
    [InlineData(0.0284, 0.0177, "falls")]
    [InlineData(3, 3, "stays level")]
    public void Trend_words_follow_the_numbers(double first, double last, string word) =>
        Assert.Equal(word, HfReports.Engine.Text.Comparatives.Trend(first, last));

    [Fact]
    public void Compare_picks_the_word_from_the_order_of_the_numbers()
    {
        Assert.Equal("more than", HfReports.Engine.Text.Comparatives.Compare(5L, 3.0, "more than", "fewer than", "as many as"));
        Assert.Equal("fewer than", HfReports.Engine.Text.Comparatives.Compare(2, 3, "more than", "fewer than", "as many as"));
        Assert.Throws<ArgumentException>(() => HfReports.Engine.Text.Comparatives.Compare(null, 3, "a", "b", "c"));
    }

    [Fact]
    public void A_row_past_the_end_renders_a_placeholder_in_its_sentence_and_is_reported_where_it_is_read()
    {
        // groups has three rows (LLama, Mistral, Phi); row 9 does not exist. The rest of the block still renders.
        var report = Report(text: "First {{ frames.groups[0].arch_group }}; tenth {{ frames.groups[9].models }}; end.");
        var (result, html, yaml) = Build(report);
        Assert.Contains("First LLama; tenth [missing: groups[9].models]; end.", html, StringComparison.Ordinal);
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("row 9", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("template reads row 9 of frame 'groups', which has 3 rows (index 0 to 2)", warning.Message);
        Assert.Equal("test the frame's size first: {{ if frames.groups.size > 9 }} ... {{ end }}", warning.Suggestion);
        var (line, column) = Find(yaml, "models }}; end.");
        Assert.Equal((line, column), (warning.Location!.Line, warning.Location.Column));

        var (strict, _, _) = Build(report, strict: true);
        Assert.Contains(strict.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("row 9 of frame 'groups'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_row_of_an_empty_frame_is_missing_and_false_in_a_condition()
    {
        var report = Report(
            frames: """
                none:
                  query: select arch_group from models where arch_group = 'Gemma'
            """,
            text: "Best: {{ frames.none[0].arch_group }}.{{ if frames.none[0] }} Not printed.{{ else }} No Gemma.{{ end }}");
        var (result, html, _) = Build(report);
        Assert.True(html.Contains("Best: [missing: none[0].arch_group]. No Gemma.", StringComparison.Ordinal), html);
        Assert.Contains(result.Diagnostics, d => d.Message == "template reads row 0 of frame 'none', which has no rows");
    }

    [Fact]
    public void Check_resolves_frame_columns_in_pipes_conditions_arguments_loops_and_functions_with_the_nearest_name()
    {
        // Each line misspells one column (or the frame) in another form; none of the branches runs, so only the syntax
        // tree can find them. The columns of groups are arch_group and models.
        string[] forms =
        [
            "{{ if false }}{{ frames.groups[0].modles | math.format \"0\" }}{{ end }}",
            "{{ if false }}{{ (frames.groups | array.last).arch_grp }}{{ end }}",
            "{{ if false && frames.groups[1].modelz > 1 }}x{{ end }}",
            "{{ if false }}{{ compare frames.groups[0].models frames.groups[1].mdels \"a\" \"b\" \"c\" }}{{ end }}",
            "{{ if false }}{{ for g in frames.groups limit: 2 }}{{ g.arch_grop }}{{ end }}{{ end }}",
            "{{ if false }}{{ frames.groups | array.map \"modls\" | array.join \", \" }}{{ end }}",
            "{{ if false }}{{ (array.first frames.groups)[\"arch_groups\"] }}{{ end }}",
            "{{ if false }}{{ frames.grups.size }}{{ end }}",
        ];
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = Report(text: string.Join("\n            ", forms)) });
        var result = workspace.Check();
        var yaml = File.ReadAllText(Path.Combine(workspace.Folder, "report.yaml"));
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        (string Word, string Suggestion)[] expected =
        [
            ("modles", "models"), ("arch_grp", "arch_group"), ("modelz", "models"), ("mdels", "models"), ("arch_grop", "arch_group"),
            ("modls", "models"), ("arch_groups", "arch_group"), ("grups", "groups"),
        ];
        Assert.True(expected.Length == errors.Length, string.Join("\n", errors.Select(e => e.ToString())));
        foreach (var (word, suggestion) in expected)
        {
            var error = Assert.Single(errors, e => e.Message.Contains($"'{word}'", StringComparison.Ordinal));
            Assert.Equal($"did you mean '{suggestion}'?", error.Suggestion);
            // A column is placed at its name (or its quoted name); an unknown frame at the start of frames.X.
            var quoted = yaml.Contains($"\"{word}\"", StringComparison.Ordinal);
            var (line, column) = word == "grups" ? Find(yaml, "frames.grups") : Find(yaml, quoted ? $"\"{word}\"" : $".{word}");
            Assert.Equal((line, quoted || word == "grups" ? column : column + 1), (error.Location!.Line, error.Location.Column));
        }
        Assert.Contains(errors, e => e.Message.StartsWith("template reads frame 'grups', which the report does not define", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_column_in_a_branch_that_runs_is_reported_once()
    {
        var result = Check(Report(text: "{{ (frames.groups | array.first).modles }}"));
        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains("'modles'", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, error.Severity);
    }
}
