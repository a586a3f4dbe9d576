using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;
using YamlDotNet.RepresentationModel;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Transform;

/// <summary>mutate, summarize, quantile and parameter filters, each against results worked out by hand.</summary>
public sealed class ComputedColumnTests
{
    private static Frame Apply(Frame frame, string yaml, Dictionary<string, object?>? parameters = null) =>
        TransformPipeline.Apply(frame, Steps(yaml), parameters);

    private static Frame Models() => Of(Text("name", "a", "b", null), Real("params_b", 6.7, 70.5, null), Integer("n", 1, 2, 3));

    [Fact]
    public void Mutate_rounds_half_away_from_zero_joins_text_and_chooses_with_if()
    {
        var result = Apply(Models(), """
            - mutate:
                size: round(params_b)
                label: "coalesce(name, 'unknown') + ' (' + coalesce(str(size), '?') + 'B)'"
                big: "if(params_b >= 70, 'large', 'small')"
                half: n / 2
                mixed: 1 + 2 * 3 - 4 % 3
            """);
        Assert.Equal(
        [
            "name=a | params_b=6.7 | n=1 | size=7 | label=a (7B) | big=small | half=0.5 | mixed=6",
            "name=b | params_b=70.5 | n=2 | size=71 | label=b (71B) | big=large | half=1 | mixed=6",
            "name=null | params_b=null | n=3 | size=null | label=unknown (?B) | big=small | half=1.5 | mixed=6",
        ], Rows(result));
        Assert.Equal(ColumnType.Integer, result["size"].Type);
        Assert.Equal(ColumnType.Real, result["half"].Type);
        Assert.Equal(ColumnType.Text, result["label"].Type);
    }

    [Fact]
    public void Mutate_follows_sql_null_logic_and_divides_by_zero_to_null()
    {
        var frame = Of(Real("x", 1, null, -2.5), Integer("d", 0, 1, 2));
        var result = Apply(frame, """
            - mutate:
                q: x / d
                both: "x > 0 and d > 0"
                either: "x > 0 or d > 0"
                r: round(x)
                r1: round(x * 1.234, 1)
            """);
        // -2.5 rounds away from zero to -3; -2.5 * 1.234 = -3.085 -> -3.1.
        Assert.Equal(
        [
            "x=1 | d=0 | q=null | both=false | either=true | r=1 | r1=1.2",
            "x=null | d=1 | q=null | both=null | either=true | r=null | r1=null",
            "x=-2.5 | d=2 | q=-1.25 | both=false | either=true | r=-3 | r1=-3.1",
        ], Rows(result));
    }

    [Fact]
    public void Mutate_reads_report_parameters_and_compares_dates_with_text()
    {
        var frame = Of(Date("t", "2024-01-03", "2024-06-01"), Integer("n", 5, 50));
        var result = Apply(frame, """
            - mutate: { recent: "t >= '2024-03-01'", over: n > params.top, year: year(t) }
            """, new() { ["top"] = 10L });
        Assert.Equal(["t=2024-01-03 | n=5 | recent=false | over=false | year=2024", "t=2024-06-01 | n=50 | recent=true | over=true | year=2024"], Rows(result));
    }

    [Fact]
    public void Mutate_names_a_misspelt_column_at_its_character_with_a_suggestion()
    {
        var steps = Steps("- mutate: { size: \"round(param_b)\" }");
        var error = Assert.Throws<TransformException>(() => TransformPipeline.Apply(Models(), steps));
        Assert.Contains("uses column 'param_b'", error.Message);
        Assert.Equal("did you mean 'params_b'?", error.Suggestion);
        // The value starts with a quote at column 19; 'param_b' is the 7th character of the expression.
        Assert.Equal(new SourceLocation("test.yaml", 1, 26), error.Step.Location);
    }

    [Fact]
    public void Mutate_refuses_values_of_two_types_and_evaluation_errors_name_the_row()
    {
        var mixed = Assert.Throws<TransformException>(() => Apply(Models(), "- mutate: { x: \"if(n > 1, 'many', n)\" }"));
        Assert.Contains("different types (integer and text)", mixed.Message);
        var wrong = Assert.Throws<TransformException>(() => Apply(Models(), "- mutate: { x: \"name * 2\" }"));
        Assert.Contains("row 1: '*' needs a number, got text 'a'", wrong.Message);
    }

    [Theory]
    [InlineData("round(params_b", "a ')' is missing after the arguments of round", 15)]
    [InlineData("rond(params_b)", "unknown function 'rond'", 1)]
    [InlineData("params_b = 7", "'=' is not an operator", 10)]
    [InlineData("name + 'open", "the text starting here has no closing '", 8)]
    [InlineData("name name", "unexpected 'name'", 6)]
    [InlineData("if(name, 1)", "if takes 3 arguments, found 2", 1)]
    [InlineData("params_b +", "the expression ends where a value was expected", 11)]
    public void Mutate_parse_errors_point_at_the_character(string expression, string message, int character)
    {
        var diagnostics = Read($"- mutate:\n    x: {expression}\n");
        var error = Assert.Single(diagnostics);
        Assert.Contains(message, error.Message);
        // The plain scalar starts at column 8 of line 2.
        Assert.Equal(new SourceLocation("test.yaml", 2, 7 + character), error.Location);
    }

    [Fact]
    public void Mutate_suggests_a_function_and_bounds_nesting()
    {
        var misspelt = Assert.Single(Read("- mutate: { x: \"coalese(a, b)\" }"));
        Assert.Equal("did you mean 'coalesce'?", misspelt.Suggestion);
        var deep = Assert.Single(Read("- mutate: { x: \"" + new string('(', 200) + "1" + new string(')', 200) + "\" }"));
        Assert.Contains("nests more than 40 levels", deep.Message);
    }

    [Fact]
    public void Mutate_compares_for_equality_negates_and_reads_true_and_false()
    {
        var result = Apply(Of(Integer("n", 5, 7)), """
            - mutate:
                five: n == 5
                other: n != 5
                neg: -n
                flag: if(true, n, 0)
                same: (n == 5) == true
                off: not (n == 5)
            """);
        Assert.Equal(
        [
            "n=5 | five=true | other=false | neg=-5 | flag=5 | same=true | off=false",
            "n=7 | five=false | other=true | neg=-7 | flag=7 | same=false | off=true",
        ], Rows(result));
        var error = Assert.Throws<TransformException>(() => Apply(Of(Integer("n", 5)), "- mutate: { x: not n }"));
        Assert.Contains("'not' needs true or false, got the number 5", error.Message);
    }

    [Fact]
    public void Nesting_counts_how_deep_a_value_sits_not_how_many_brackets_were_opened()
    {
        // 41 bracketed terms side by side: never more than one level deep, so within the 40-level bound.
        var result = Apply(Of(Integer("n", 1)), "- mutate: { x: \"" + string.Join("+", Enumerable.Repeat("(1)", 41)) + "\" }");
        Assert.Equal(["n=1 | x=41"], Rows(result));
    }

    [Fact]
    public void A_column_whose_name_starts_with_a_keyword_is_a_column()
    {
        var result = Apply(Of(Integer("notes", 1, 2), Integer("iffy", 10, 20)), "- mutate: { y: notes + 1, z: iffy * 2 }");
        Assert.Equal(["notes=1 | iffy=10 | y=2 | z=20", "notes=2 | iffy=20 | y=3 | z=40"], Rows(result));
    }

    [Fact]
    public void Joined_text_may_be_ten_thousand_characters_long_and_no_longer()
    {
        var frame = Of(Text("t", new string('a', 9_999)));
        var joined = Apply(frame, "- mutate: { x: \"t + 'b'\" }");
        Assert.Equal(10_000, ((string)joined.Find("x")!.Values[0]!).Length);
        var error = Assert.Throws<TransformException>(() => Apply(frame, "- mutate: { x: \"t + 'bc'\" }"));
        Assert.Contains("the joined text is longer than 10000 characters", error.Message);
    }

    [Fact]
    public void A_long_text_in_an_error_is_cut_after_forty_characters()
    {
        var error = Assert.Throws<TransformException>(() => Apply(Of(Text("name", new string('a', 45))), "- mutate: { x: \"name * 2\" }"));
        Assert.Contains($"'*' needs a number, got text '{new string('a', 40)}…'", error.Message);
    }

    private static Frame Scores() => Of(Text("g", "x", "x", "y", "y", "y", "z"), Real("v", 1, 4, 2, null, 7, null), Integer("n", 1, 2, 3, 4, 5, null));

    [Fact]
    public void Summarize_computes_several_aggregates_per_group_side_by_side()
    {
        var result = Apply(Scores(), """
            - summarize:
                by: [g]
                aggregates:
                  models: count
                  scored: { count: v }
                  total: { sum: n }
                  mean_v: { mean: v }
                  median_v: { median: v }
                  p90_v: { quantile: v, p: 0.9 }
                  sd_v: { sd: v }
                  first: { min: n }
                  last: { max: n }
            """);
        // x: v = 1, 4 -> mean 2.5, p90 at h = 0.9: 1 + 0.9 * 3 = 3.7, sd = sqrt(4.5) = 2.1213.
        // y: v = 2, 7 -> mean 4.5, p90 = 2 + 0.9 * 5 = 6.5, sd = sqrt(12.5) = 3.5355. z: no values.
        Assert.Equal(
        [
            "g=x | models=2 | scored=2 | total=3 | mean_v=2.5 | median_v=2.5 | p90_v=3.7 | sd_v=2.1213 | first=1 | last=2",
            "g=y | models=3 | scored=2 | total=12 | mean_v=4.5 | median_v=4.5 | p90_v=6.5 | sd_v=3.5355 | first=3 | last=5",
            "g=z | models=1 | scored=0 | total=null | mean_v=null | median_v=null | p90_v=null | sd_v=null | first=null | last=null",
        ], Rows(result));
        Assert.Equal(ColumnType.Integer, result["total"].Type);
    }

    [Fact]
    public void Quantile_interpolates_between_order_statistics_as_r_type_7()
    {
        // R: quantile(1:10, c(.25, .9)) gives 3.25 and 9.1.
        var frame = Of(Integer("v", 10, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Assert.Equal(["q=3.25"], Rows(Apply(frame, "- quantile: { column: v, p: 0.25, as: q }")));
        Assert.Equal(["v=9.1"], Rows(Apply(frame, "- quantile: { column: v, p: 0.9 }")));
    }

    [Fact]
    public void Quantile_p_outside_0_to_1_and_a_misspelt_aggregate_are_spec_errors()
    {
        Assert.Contains("'p' is a probability from 0 to 1", Assert.Single(Read("- quantile: { column: v, p: 90 }")).Message);
        var misspelt = Assert.Single(Read("- summarize: { aggregates: { m: { medain: v } } }"));
        Assert.Equal("did you mean 'median'?", misspelt.Suggestion);
    }

    [Fact]
    public void Filter_compares_with_a_typed_report_parameter()
    {
        var frame = Of(Date("t", "2024-01-03", "2024-06-01", null), Integer("n", 5, 50, 7));
        Assert.Equal(["t=2024-06-01 | n=50"], Rows(Apply(frame, "- filter: { column: t, ge: { param: since } }", new() { ["since"] = "2024-03-01" })));
        Assert.Equal(["t=2024-06-01 | n=50", "t=null | n=7"], Rows(Apply(frame, "- filter: { column: n, gt: { param: top } }", new() { ["top"] = 6L })));
        var unknown = Assert.Throws<TransformException>(() => Apply(frame, "- filter: { column: n, gt: { param: tpo } }", new() { ["top"] = 6L }));
        Assert.Equal("did you mean 'top'?", unknown.Suggestion);
    }

    private static IReadOnlyList<Diagnostic> Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var diagnostics = new DiagnosticBag();
        var root = new SpecNode(stream.Documents[0].RootNode, "test.yaml", "transform");
        foreach (var node in root.Items()) TransformReader.Read(node, diagnostics, TransformCatalog.Readers);
        return diagnostics.Items;
    }
}
